using System.Collections.Concurrent;
using System.Net;

namespace SkillMap.Benchmarks.Http;

/// <summary>
/// kill -9 during submissions: 32 raters keep posting pages while the app is killed and restarted
/// again and again. What the app acknowledged must be in the database; what it did not may or may not
/// be, but never a part of a page.
/// </summary>
public static class KillStorm
{
    public sealed record Result(int Kills, int Posted, ConcurrentDictionary<int, string> Acks, ConcurrentBag<int> Attempted);

    public static async Task<Result> RunAsync(AppProcess app, HttpClient client, SavePlan plan, IReadOnlyList<SavePlan.Sheet> sheets, int kills, int raters = 32)
    {
        var acks = new ConcurrentDictionary<int, string>();
        var attempted = new ConcurrentBag<int>();
        var next = -1;
        using var stop = new CancellationTokenSource();
        var workers = Enumerable.Range(0, raters).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var index = Interlocked.Increment(ref next);
                if (index >= sheets.Count)
                {
                    return;
                }
                var sheet = sheets[index];
                attempted.Add(sheet.Id);
                // An unanswered post is sent again once the app is back: a retry must be harmless.
                for (var attempt = 0; attempt < 50 && !stop.IsCancellationRequested; attempt++)
                {
                try
                {
                    using var request = new HttpRequestMessage(HttpMethod.Post, app.BaseAddress + sheet.Path)
                    {
                        Content = new StringContent(plan.Body(sheet), System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"),
                    };
                    request.Headers.Add("Cookie", sheet.Cookie);
                    using var response = await client.SendAsync(request);
                    if (response.StatusCode == HttpStatusCode.Redirect)
                    {
                        acks[sheet.Id] = SavePlan.Encode(plan.ValuesOf(sheet.Id));
                    }
                    break;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
                {
                    // The app died under this request: not acknowledged, so nothing is promised yet.
                    await Task.Delay(100);
                }
                }
            }
        })).ToList();

        var random = new Random(5);
        for (var kill = 0; kill < kills; kill++)
        {
            await Task.Delay(random.Next(1000, 2500));
            await app.KillAsync();
            await app.StartAsync(client);
        }
        await Task.Delay(500);
        stop.Cancel();
        await Task.WhenAll(workers);
        await app.KillAsync();
        return new Result(kills, attempted.Count, acks, attempted);
    }
}
