namespace NoteGen.StageTests.Runtime;

/// <summary>A declared schema's <c>Data</c> (<see cref="Note"/>'s DataOf and DataList) on notes that reference each
/// other in a cycle: a.md's <c>other</c> is b, b's is a; both list each other and themselves in <c>friends</c>.</summary>
public class DataTests
{
    private sealed record Person(string Name, Person? Other, IReadOnlyList<Person> Friends);

    private sealed class PersonNote(NoteVault vault, int file, int position) : TestNote(vault, file, position)
    {
        private object? _data;

        public int Made { get; private set; }

        public Person Data => Data(ref _data, () =>
        {
            Made++;
            return new Person(Name, MemberNote<PersonNote>("Other")?.Data,
                DataListOf<IReadOnlyList<Person>, PersonNote, Person>(MemberNotes<PersonNote>("Friends"), n => n.Data, []));
        });
    }

    /// <summary>a.md and b.md referencing each other through <c>other</c> and, unless <paramref name="single"/> or
    /// <paramref name="list"/> is off, listing both in <c>friends</c>.</summary>
    private static (PersonNote A, PersonNote B) Vault(bool single = true, bool list = true)
    {
        TestEntry Entry(string path, string other)
        {
            var frontMatter = new List<(string, object?)>();
            var links = new List<(string, string?, string?, int, int, int, string?, int, int, string?)>();
            if (single)
            {
                frontMatter.Add(("other", "[[" + other + "]]"));
                links.Add(NotePayload.PropertyLink("other", other, other + ".md"));
            }
            if (list)
            {
                frontMatter.Add(("friends", new object?[] { "[[a]]", "[[b]]" }));
                links.Add(NotePayload.PropertyLink("friends", "a", "a.md"));
                links.Add(NotePayload.PropertyLink("friends", "b", "b.md"));
            }
            return new TestEntry(path, new NotePayload { Title = path, FrontMatter = frontMatter.ToArray(), Links = links }.ToString())
                with { Create = (v, f, p) => new PersonNote(v, f, p) };
        }
        var vault = TestVault.Of(Entry("a.md", "b"), Entry("b.md", "a"));
        return ((PersonNote)vault.Notes[0], (PersonNote)vault.Notes[1]);
    }

    [Fact]
    public void In_a_cycle_the_reference_back_to_the_note_being_made_is_cut()
    {
        var (a, b) = Vault();
        var data = a.Data;
        Assert.Equal("a", data.Name);
        Assert.Equal("b", data.Other!.Name);
        Assert.Null(data.Other.Other); // b's "other" is a, whose Data is being made
        Assert.Equal(new[] { "b" }, data.Friends.Select(f => f.Name)); // a itself left out
        Assert.Empty(data.Other.Friends); // a being made, b being made
    }

    [Fact]
    public void Data_is_kept_once_made_as_the_outermost_one()
    {
        var (a, _) = Vault();
        var data = a.Data;
        int made = a.Made;
        Assert.Same(data, a.Data);
        Assert.Equal(made, a.Made);
    }

    [Fact]
    public void Data_made_inside_another_with_a_cut_is_made_again_when_asked_for_directly()
    {
        var (a, b) = Vault();
        var inner = a.Data.Other!;
        var direct = b.Data;
        Assert.NotSame(inner, direct);
        Assert.Same(a.Data, direct.Other); // a's Data, complete as a record can be, is kept and reused
        Assert.Same(direct, b.Data);
    }

    [Fact]
    public void A_missing_list_of_references_gives_the_fallback()
    {
        var fallback = new List<Person>();
        Assert.Same(fallback, TestNote.DataListOf<List<Person>, PersonNote, Person>(null, n => n.Data, fallback));
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    public void Data_with_a_cut_of_a_single_reference_or_of_a_list_item_is_not_kept(bool single, bool list)
    {
        var (a, b) = Vault(single, list);
        var inner = single ? a.Data.Other! : a.Data.Friends.Single();
        Assert.Equal("b", inner.Name);
        Assert.NotSame(inner, b.Data);
    }
}
