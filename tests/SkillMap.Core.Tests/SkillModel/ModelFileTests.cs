using System.Text;
using System.Text.Json.Nodes;
using SkillMap.Core.SkillModel;

namespace SkillMap.Core.Tests.SkillModel;

public sealed class ModelFileTests
{
    private static JsonObject DefaultJson() => JsonNode.Parse(DefaultModel.Json)!.AsObject();

    private static JsonObject Item(JsonObject model, int index) => model["items"]![index]!.AsObject();

    private static ModelFile.Result Parse(JsonObject model) => ModelFile.Parse(model.ToJsonString());

    [Fact]
    public void Writing_a_read_model_gives_the_same_document_back()
    {
        var first = DefaultModel.Read();
        var written = ModelDocument.From(first.Document!.Name, 7, first.Items).ToJson();

        var second = ModelFile.Parse(written);

        Assert.True(second.Ok);
        Assert.Equal(written, ModelDocument.From(second.Document!.Name, 7, second.Items).ToJson());
        Assert.Contains("\"version\": 7", written);
        Assert.Contains("変更依頼", written);
        Assert.DoesNotContain("\\u", written);
    }

    [Fact]
    public void An_unknown_stage_names_the_item_and_the_field_and_lists_what_is_allowed()
    {
        var model = DefaultJson();
        Item(model, 4)["stage"] = "reflection";

        var result = Parse(model);

        Assert.False(result.Ok);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(5, problem.Position);
        Assert.Equal("stage", problem.Field);
        Assert.Equal((string)Item(model, 4)["key"]!, problem.ItemKey);
        Assert.Contains("'reflection'", problem.ToString());
        Assert.Contains("input, thinking, output, outcome", problem.ToString());
    }

    [Fact]
    public void A_missing_translation_names_the_language()
    {
        var model = DefaultJson();
        Item(model, 2)["anchors"]!["3"]!["en"] = "  ";
        Item(model, 9)["help"]!.AsObject().Remove("ja");

        var problems = Parse(model).Problems;

        Assert.Contains(problems, p => p.Position == 3 && p.Field == "anchors.3.en" && p.Kind == ModelProblemKind.MissingTranslation);
        Assert.Contains(problems, p => p.Position == 10 && p.Field == "help.ja" && p.Kind == ModelProblemKind.MissingTranslation);
    }

    [Fact]
    public void A_duplicate_key_is_refused()
    {
        var model = DefaultJson();
        Item(model, 10)["key"] = (string)Item(model, 0)["key"]!;

        var problem = Assert.Single(Parse(model).Problems);

        Assert.Equal((11, "key", ModelProblemKind.Duplicate), (problem.Position, problem.Field, problem.Kind));
    }

    [Theory]
    [InlineData("{ \"name\": ")]
    [InlineData("<html>not a model</html>")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    public void Text_that_is_not_a_model_is_refused_with_a_position(string text)
    {
        var result = ModelFile.Parse(text);

        Assert.False(result.Ok);
        Assert.Equal(ModelProblemKind.InvalidJson, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public void A_misspelt_field_is_not_silently_dropped()
    {
        var model = DefaultJson();
        Item(model, 1)["statment"] = "typo";

        var problem = Assert.Single(Parse(model).Problems);

        Assert.Equal(ModelProblemKind.UnknownField, problem.Kind);
        Assert.Equal(2, problem.Position);
        Assert.Contains("statment", problem.Field);
    }

    [Fact]
    public async Task Twenty_megabytes_of_junk_are_refused_without_being_read_whole()
    {
        var junk = new JunkStream(20 * 1024 * 1024);

        var result = await ModelFile.ReadAsync(junk, TestContext.Current.CancellationToken);

        Assert.Equal(ModelProblemKind.TooLarge, Assert.Single(result.Problems).Kind);
        Assert.True(junk.Position <= ModelFile.MaxBytes + 81920);
    }

    [Fact]
    public async Task Bytes_that_are_not_utf8_are_refused()
    {
        var bytes = Encoding.Latin1.GetBytes("{\"name\": {\"ja\": \"\u00e9\u00e8\"}}");

        var result = await ModelFile.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.Equal(ModelProblemKind.NotUtf8, Assert.Single(result.Problems).Kind);
    }

    [Fact]
    public async Task A_byte_order_mark_is_accepted()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(DefaultModel.Json)).ToArray();

        var result = await ModelFile.ReadAsync(new MemoryStream(bytes), TestContext.Current.CancellationToken);

        Assert.True(result.Ok);
    }

    [Fact]
    public void An_item_whose_area_does_not_fit_its_kind_is_refused()
    {
        var model = DefaultJson();
        Item(model, 0)["area"] = "mindset";
        Item(model, 1)["development"]!["type"] = "coaching";
        var team = model["items"]!.AsArray().Select(n => n!.AsObject()).First(i => (string)i["kind"]! == "team");
        team["scope"] = "person";

        var problems = Parse(model).Problems;

        Assert.Contains(problems, p => p.Position == 1 && p.Field == "area" && p.Kind == ModelProblemKind.Mismatch);
        Assert.Contains(problems, p => p.Position == 2 && p.Field == "development.type" && p.Kind == ModelProblemKind.Mismatch);
        Assert.Contains(problems, p => p.ItemKey == (string)team["key"]! && p.Field == "scope");
    }

    [Fact]
    public void Unknown_tags_and_bad_keys_and_an_empty_name_are_refused()
    {
        var model = DefaultJson();
        Item(model, 0)["practiceAreas"] = new JsonArray("monitoring", "finance");
        Item(model, 1)["lifecycleEvents"] = new JsonArray("in use");
        Item(model, 2)["key"] = "Logic Item";
        model["name"]!["en"] = "";

        var problems = Parse(model).Problems;

        Assert.Contains(problems, p => p.Position == 1 && p.Field == "practiceAreas" && p.Value == "finance");
        Assert.Contains(problems, p => p.Position == 2 && p.Field == "lifecycleEvents" && p.Value == "in use");
        Assert.Contains(problems, p => p.Position == 3 && p.Kind == ModelProblemKind.InvalidKey);
        Assert.Contains(problems, p => p.Position == 0 && p.Field == "name.en");
    }

    [Fact]
    public void A_statement_longer_than_a_thousand_characters_is_refused_but_emoji_count_as_one()
    {
        var model = DefaultJson();
        Item(model, 0)["statement"]!["en"] = new string('x', 1001);
        Item(model, 1)["statement"]!["en"] = string.Concat(Enumerable.Repeat("👍🏽", 1000));

        var problem = Assert.Single(Parse(model).Problems);

        Assert.Equal((1, "statement.en", ModelProblemKind.TooLong), (problem.Position, problem.Field, problem.Kind));
    }

    [Fact]
    public void Texts_within_the_character_limit_but_over_what_their_column_holds_are_refused()
    {
        // A family emoji is one character and eleven UTF-16 units: 400 are 4,400 units, 40 are 440.
        var model = DefaultJson();
        Item(model, 0)["anchors"]!["3"]!["ja"] = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 400));
        model["name"]!["en"] = string.Concat(Enumerable.Repeat("👨‍👩‍👧‍👦", 40));

        var problems = Parse(model).Problems;

        Assert.Equal(2, problems.Count);
        Assert.Contains(problems, p => (p.Position, p.Field, p.Kind) == (1, "anchors.3.ja", ModelProblemKind.TooLongStored));
        Assert.Contains(problems, p => (p.Position, p.Field, p.Kind) == (0, "name.en", ModelProblemKind.TooLongStored));
        Assert.All(problems, p => Assert.Contains("too long to store", p.ToString()));
    }

    [Fact]
    public void A_model_without_items_is_refused()
    {
        var result = ModelFile.Parse("""{ "name": { "ja": "空", "en": "Empty" }, "version": 1, "items": [] }""");

        Assert.Equal(ModelProblemKind.Empty, Assert.Single(result.Problems).Kind);
    }

    private sealed class JunkStream(long length) : Stream
    {
        private long position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => length;
        public override long Position { get => position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - position);
            buffer.AsSpan(offset, n).Fill((byte)'{');
            position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
