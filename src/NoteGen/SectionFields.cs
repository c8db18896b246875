using System;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace NoteGen
{
    /// <summary>
    /// Creates a note's typed sections when its content is decoded: each one an instance of its field's type (a
    /// <see cref="Section"/>, or a generated class with one field per sub-heading), stored in that field of its
    /// parent (the generated outline, or a generated section class).
    /// </summary>
    /// <remarks>
    /// The generated classes have fields only, no constructors: a class per distinct outline is what typed
    /// navigation costs the compiler, and a constructor that sets the fields made a 10,000-note build (unique
    /// headings) about 45 % slower. So the runtime sets the fields by reflection, which trimming and Native AOT see: the generated root
    /// class, with every class nested in it, is kept whole (<see cref="NoteVault{TNote}.Of"/>), and
    /// <see cref="Section"/> and <see cref="SectionList"/> declare that their public fields are read.
    /// </remarks>
    internal static class SectionFields
    {
        public static Section Create(SectionList owner, string field, string note) => Create(owner, owner.GetType(), field, note);

        public static Section Create(Section owner, string field, string note) => Create(owner, owner.GetType(), field, note);

        [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "The field's type is Section or a typed-section "
            + "class nested in the generated root class, which NoteVault<TNote>.Of keeps whole (constructors included) with "
            + "DynamicallyAccessedMemberTypes.All; the packed-package test runs this path trimmed and compiled Native AOT.")]
        private static Section Create(object owner, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type, string field, string note)
        {
            var info = type.GetField(field, BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);
            if (info == null || !typeof(Section).IsAssignableFrom(info.FieldType))
                throw new InvalidOperationException("The note " + note + " has a section field " + field + " that " + type.FullName
                    + " does not declare; its generated files disagree. Rebuild the project.");
            var section = info.FieldType == typeof(Section) ? new Section() : (Section)Activator.CreateInstance(info.FieldType)!;
            info.SetValue(owner, section);
            return section;
        }
    }
}
