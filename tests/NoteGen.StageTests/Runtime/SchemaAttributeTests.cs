namespace NoteGen.StageTests.Runtime;

public class SchemaAttributeTests
{
    [Fact]
    public void A_schema_allows_keys_it_does_not_declare_unless_told_otherwise()
    {
        var schema = new NoteSchemaAttribute("notes/**/*.md");
        Assert.Equal("notes/**/*.md", schema.Glob);
        Assert.True(schema.AllowUnknownKeys);
        Assert.False(new NoteSchemaAttribute("x") { AllowUnknownKeys = false }.AllowUnknownKeys);
    }
}
