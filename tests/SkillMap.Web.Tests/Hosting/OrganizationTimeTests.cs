using System.Globalization;
using Microsoft.Extensions.Configuration;
using SkillMap.Web.Hosting;

namespace SkillMap.Web.Tests.Hosting;

public class OrganizationTimeTests
{
    private static readonly OrganizationTime Tokyo = new(new ConfigurationBuilder().Build());

    // 2026-12-15 09:00 UTC is Tuesday 18:00 in Tokyo.
    private static readonly DateTime Deadline = new(2026, 12, 15, 9, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Japanese_dates_put_the_weekday_in_brackets_instead_of_running_it_into_the_day()
    {
        var ja = CultureInfo.GetCultureInfo("ja-JP");

        Assert.Equal("2026年12月15日(火) 18:00", Tokyo.Format(Deadline, ja));
        Assert.Equal("2026年12月15日(火)", Tokyo.FormatDate(Deadline, ja));
    }

    [Fact]
    public void English_dates_keep_the_long_form_with_the_weekday()
    {
        var en = CultureInfo.GetCultureInfo("en-US");

        // ICU puts a narrow no-break space before PM on some versions, a space on others.
        Assert.Matches(@"^Tuesday, December 15, 2026 6:00\s?PM$", Tokyo.Format(Deadline, en));
        Assert.Equal("Tuesday, December 15, 2026", Tokyo.FormatDate(Deadline, en));
    }
}
