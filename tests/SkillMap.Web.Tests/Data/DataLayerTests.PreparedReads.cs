using SkillMap.Web.Features.SkillModel;
using SkillMap.Web.Features.Survey;

namespace SkillMap.Web.Tests.Data;

public abstract partial class DataLayerTests
{
    // The rating page's read is kept prepared with its row parsers: a sheet with a ratee, one without, and
    // answers with and without a level or a comment must each read as stored, in whatever order they come.
    [Fact]
    public async Task Sheets_read_as_stored_whichever_of_their_fields_are_empty_from_one_read_to_the_next()
    {
        var s = await SetupAsync();
        var teamSheet = await s.Org.EmptySheetAsync(s.Round, "team", s.Aoi, null, s.Team);
        var peerSheet = await s.Org.EmptySheetAsync(s.Round, "peer", s.Aoi, s.Ben, s.Team);
        await using (var writer = Writer())
        {
            var answers = new Dictionary<int, SheetAnswer>
            {
                [s.Items["logic.a"]] = new(null, null),
                [s.Items["logic.b"]] = new(4, "Checks the change window first"),
            };
            Assert.Equal(SaveOutcome.Saved, (await writer.SaveAsync(new SaveRequest(peerSheet, s.Aoi, 0, answers, 5))).Outcome);
        }
        var survey = new SurveyQueries(Database, new ModelItems(Database));

        var team = await survey.LoadAsync(teamSheet, s.Aoi);
        var peer = await survey.LoadAsync(peerSheet, s.Aoi);
        var teamAgain = await survey.LoadAsync(teamSheet, s.Aoi);

        Assert.Null(team!.Sheet.RateeName);
        Assert.Empty(team.Answers);
        Assert.Equal(("Ben", "peer"), (peer!.Sheet.RateeName, peer.Sheet.PerspectiveSlug));
        Assert.Equal((null, null), (peer.Answers[s.Items["logic.a"]].Score, peer.Answers[s.Items["logic.a"]].Comment));
        Assert.Equal((4, "Checks the change window first"), (peer.Answers[s.Items["logic.b"]].Score, peer.Answers[s.Items["logic.b"]].Comment));
        Assert.Equal((null, "team"), (teamAgain!.Sheet.RateeName, teamAgain.Sheet.PerspectiveSlug));
        Assert.Null(await survey.LoadAsync(peerSheet, s.Ben));
    }
}
