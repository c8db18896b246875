using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using NoteGen.Generator.Diagnostics;
using NoteGen.Generator.Model;

namespace NoteGen.Generator.Parsing
{
    /// <summary>Reads a type marked <c>[NoteSchema(glob)]</c> into a <see cref="NoteSchema"/>: its members are its
    /// primary-constructor parameters, else its settable properties. Members of types front matter cannot hold are
    /// left out with NG0017, at the member.</summary>
    internal static class SchemaReader
    {
        public const string AttributeName = "NoteGen.NoteSchemaAttribute";

        private static readonly SymbolDisplayFormat s_typeFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .AddMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly string[] s_listTypes =
        {
            "System.Collections.Generic.IEnumerable<T>", "System.Collections.Generic.IReadOnlyCollection<T>", "System.Collections.Generic.IReadOnlyList<T>",
            "System.Collections.Generic.ICollection<T>", "System.Collections.Generic.IList<T>", "System.Collections.Generic.List<T>",
        };

        /// <summary>Reads <paramref name="type"/>, declared at <paramref name="targetNode"/>, from its
        /// <c>[NoteSchema]</c> <paramref name="attribute"/> (the pieces of a <c>GeneratorAttributeSyntaxContext</c> it
        /// uses, so the stage tests can call it with a compilation's symbols).</summary>
        public static NoteSchema Read(INamedTypeSymbol type, AttributeData attribute, SyntaxNode targetNode, CancellationToken cancellationToken)
        {
            var (filePath, location) = Place(attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken).GetLocation() ?? targetNode.GetLocation());
            string glob = attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
            bool allowUnknownKeys = !attribute.NamedArguments.Any(a => a.Key == "AllowUnknownKeys" && a.Value.Value is false);

            var diagnostics = new List<DiagnosticInfo>();
            var members = new List<SchemaMember>();
            var construction = SchemaConstruction.None;
            var primary = type.InstanceConstructors.FirstOrDefault(c =>
                c.Parameters.Length > 0 && c.DeclaringSyntaxReferences.Any(r => r.GetSyntax(cancellationToken) is TypeDeclarationSyntax));
            if (primary != null)
            {
                construction = IsAccessible(primary.DeclaredAccessibility) ? SchemaConstruction.Constructor : SchemaConstruction.None;
                foreach (var parameter in primary.Parameters)
                    AddMember(members, type, parameter, parameter.Type, !parameter.HasExplicitDefaultValue && !IsNullable(parameter.Type),
                        parameter.HasExplicitDefaultValue ? DefaultOf(parameter) : null, diagnostics);
            }
            else
            {
                bool constructible = type.IsValueType || type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && IsAccessible(c.DeclaredAccessibility));
                construction = constructible ? SchemaConstruction.Initializer : SchemaConstruction.None;
                var seen = new HashSet<string>();
                for (var current = type; current != null && current.SpecialType != SpecialType.System_Object; current = current.BaseType)
                    foreach (var property in current.GetMembers().OfType<IPropertySymbol>())
                        if (!property.IsStatic && !property.IsIndexer && property.SetMethod != null && IsAccessible(property.SetMethod.DeclaredAccessibility)
                            && seen.Add(property.Name))
                            AddMember(members, type, property, property.Type, property.IsRequired || (!IsNullable(property.Type) && !HasInitializer(property, cancellationToken)),
                                null, diagnostics);
            }

            string typeName = type.ToDisplayString(s_typeFormat);
            string? unusable = type.IsGenericType ? "it is generic" : !IsAccessible(type) ? "it is private or protected" : type.IsAbstract ? "it is abstract"
                : construction == SchemaConstruction.None ? "it has no accessible primary or parameterless constructor" : null;
            if (unusable != null)
            {
                construction = SchemaConstruction.None;
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidSchema, filePath, location, type.Name, unusable + ", so notes cannot expose it as Data"));
            }
            return new NoteSchema(typeName, type.Name, glob, allowUnknownKeys, construction, members.ToEquatableArray(),
                filePath, location, diagnostics.ToEquatableArray());
        }

        private static void AddMember(List<SchemaMember> members, INamedTypeSymbol schema, ISymbol member, ITypeSymbol type, bool required, string? defaultValue,
            List<DiagnosticInfo> diagnostics)
        {
            var value = type.IsValueType && type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T ? ((INamedTypeSymbol)type).TypeArguments[0] : type;
            var element = ElementOf(value);
            if (element != null)
                value = element;
            var scalar = ScalarOf(value);
            if (scalar == null || !IsAccessible(type))
            {
                var (filePath, location) = Place(member.Locations.FirstOrDefault() ?? Location.None);
                diagnostics.Add(DiagnosticInfo.Create(NoteGenDiagnostics.InvalidSchema, filePath, location, schema.Name,
                    "member '" + member.Name + "' has type '" + type.ToDisplayString() + "', which "
                    + (scalar == null ? "front matter cannot hold" : "is private or protected") + "; it is left out"));
                return;
            }
            string? referenced = scalar == SchemaScalar.Reference && IsSchema(value) ? value.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString(s_typeFormat) : null;
            var enumNames = scalar == SchemaScalar.Enum
                ? value.GetMembers().OfType<IFieldSymbol>().Where(f => f.HasConstantValue).Select(f => f.Name).ToEquatableArray()
                : EquatableArray<string>.Empty;
            members.Add(new SchemaMember(member.Name, type.ToDisplayString(s_typeFormat), type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat), scalar.Value,
                element?.ToDisplayString(s_typeFormat), required, enumNames, defaultValue, referenced));
        }

        private static ITypeSymbol? ElementOf(ITypeSymbol type)
        {
            if (type is IArrayTypeSymbol array)
                return array.Rank == 1 ? array.ElementType : null;
            if (type is INamedTypeSymbol named && named.TypeArguments.Length == 1 && s_listTypes.Contains(named.OriginalDefinition.ToDisplayString()))
                return named.TypeArguments[0];
            return null;
        }

        private static SchemaScalar? ScalarOf(ITypeSymbol type)
        {
            if (type.TypeKind == TypeKind.Enum)
                return SchemaScalar.Enum;
            // Another schema, or any note: a link, checked against the linked note.
            if (IsSchema(type) || type.WithNullableAnnotation(NullableAnnotation.NotAnnotated).ToDisplayString() == "NoteGen.Note")
                return SchemaScalar.Reference;
            switch (type.SpecialType)
            {
                case SpecialType.System_String: return SchemaScalar.String;
                case SpecialType.System_Boolean: return SchemaScalar.Boolean;
                case SpecialType.System_Int32: return SchemaScalar.Int32;
                case SpecialType.System_Int64: return SchemaScalar.Int64;
                case SpecialType.System_Single: return SchemaScalar.Single;
                case SpecialType.System_Double: return SchemaScalar.Double;
                case SpecialType.System_Decimal: return SchemaScalar.Decimal;
                case SpecialType.System_DateTime: return SchemaScalar.DateTime;
                case SpecialType.System_Object: return SchemaScalar.Object;
            }
            string name = type.ToDisplayString();
            return name == "System.DateTimeOffset" ? SchemaScalar.DateTimeOffset : name == "System.DateOnly" ? SchemaScalar.DateOnly : (SchemaScalar?)null;
        }

        /// <summary>Whether <paramref name="type"/> is itself a schema declared in this project (one of another
        /// assembly has no generated note class here).</summary>
        private static bool IsSchema(ITypeSymbol type) =>
            type.Locations.Any(l => l.IsInSource) && type.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == AttributeName);

        /// <summary>Nullable value types, and reference types annotated <c>?</c> or declared where nullable
        /// annotations are off (C# cannot say they are required there).</summary>
        private static bool IsNullable(ITypeSymbol type) =>
            type.IsValueType ? type.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T : type.NullableAnnotation != NullableAnnotation.NotAnnotated;

        private static bool HasInitializer(IPropertySymbol property, CancellationToken cancellationToken) =>
            property.DeclaringSyntaxReferences.Select(r => r.GetSyntax(cancellationToken)).OfType<PropertyDeclarationSyntax>().Any(p => p.Initializer != null);

        /// <summary>A parameter's default value as C#, cast to its type (an enum default is its number).</summary>
        private static string DefaultOf(IParameterSymbol parameter)
        {
            var value = parameter.ExplicitDefaultValue;
            if (value == null)
                return "default";
            // NaN and infinities print as words, not as C# literals.
            if ((value is double number && (double.IsNaN(number) || double.IsInfinity(number))) || (value is float single && (float.IsNaN(single) || float.IsInfinity(single))))
                return "global::System." + value.GetType().Name + "." + (value.Equals(double.NaN) || value.Equals(float.NaN) ? "NaN"
                    : System.Convert.ToDouble(value) > 0 ? "PositiveInfinity" : "NegativeInfinity");
            string literal = SymbolDisplay.FormatPrimitive(value, quoteStrings: true, useHexadecimalNumbers: false) + (value is decimal ? "M" : "");
            return "(" + parameter.Type.ToDisplayString(s_typeFormat) + ")(" + literal + ")";
        }

        /// <summary>Whether generated code in the same assembly can use the type (and every type it is made of). The
        /// generated classes sit in the internal root class, so internal types are fine.</summary>
        private static bool IsAccessible(ITypeSymbol type) => Accessibilities(type).All(IsAccessible);

        private static bool IsAccessible(Accessibility accessibility) =>
            accessibility == Accessibility.Public || accessibility == Accessibility.Internal || accessibility == Accessibility.ProtectedOrInternal;

        private static IEnumerable<Accessibility> Accessibilities(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array:
                    return Accessibilities(array.ElementType);
                case INamedTypeSymbol named:
                    var own = new List<Accessibility>();
                    for (ITypeSymbol? current = named; current != null; current = current.ContainingType)
                        own.Add(current.DeclaredAccessibility);
                    return own.Concat(named.TypeArguments.SelectMany(Accessibilities));
                default:
                    return new[] { Accessibility.Public };
            }
        }

        private static (string FilePath, TextLocation Location) Place(Location location)
        {
            var span = location.GetLineSpan();
            return (span.Path ?? "", new TextLocation(location.SourceSpan.Start, location.SourceSpan.Length,
                span.StartLinePosition.Line, span.StartLinePosition.Character, span.EndLinePosition.Line, span.EndLinePosition.Character));
        }
    }
}
