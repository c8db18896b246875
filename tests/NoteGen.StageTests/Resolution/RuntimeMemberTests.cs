using System.Reflection;
using NoteGen.Generator.Resolution;

namespace NoteGen.StageTests.Resolution;

/// <summary>The generator's lists of the runtime types' members (which generated fields and properties must not
/// take) match the runtime library: a member added there and not to <see cref="RuntimeMembers"/> fails here.</summary>
public class RuntimeMemberTests
{
    public static TheoryData<string> Types() => new(nameof(Note), nameof(SectionList), nameof(Section));

    [Theory]
    [MemberData(nameof(Types))]
    public void The_generator_knows_every_member_a_generated_class_inherits(string type)
    {
        var runtimeType = typeof(Note).Assembly.GetType("NoteGen." + type, throwOnError: true)!;
        var listed = (string[])typeof(RuntimeMembers).GetField(type, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

        Assert.Equal(InheritableMembers(runtimeType).Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
    }

    /// <summary>Names of the members a class in another assembly sees when it derives from <paramref name="type"/>:
    /// public and protected; constructors, accessors and <see cref="object"/>'s members (overrides included, which
    /// every generated scope reserves anyway) aside.</summary>
    private static IEnumerable<string> InheritableMembers(Type type) =>
        type.GetMembers(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.FlattenHierarchy)
            .Where(m => m is not ConstructorInfo && m is not MethodBase { IsSpecialName: true } && IsVisibleToDerived(m)
                && typeof(object).GetMember(m.Name, BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static).Length == 0)
            .Select(m => m.Name)
            .Distinct();

    private static bool IsVisibleToDerived(MemberInfo member) => member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisibleToDerived),
        EventInfo e => IsVisibleToDerived(e.AddMethod!),
        Type nested => nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem,
        _ => false,
    };
}
