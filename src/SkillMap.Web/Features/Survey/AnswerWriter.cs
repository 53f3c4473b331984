using System.Data.Common;
using System.Threading.Channels;
using Dapper;
using SkillMap.Web.Data;

namespace SkillMap.Web.Features.Survey;

/// <summary>One answer as stored: a level 1–5, or null for "not observed", and an optional comment.</summary>
public sealed record SheetAnswer(int? Score, string? Comment);

/// <param name="ItemCount">How many items the sheet asks, so it can be marked finished.</param>
public sealed record SaveRequest(int SheetId, int RaterId, int ExpectedRevision, IReadOnlyDictionary<int, SheetAnswer> Answers, int ItemCount);

public sealed record SaveResult(SaveOutcome Outcome, int Revision);

/// <summary>
/// Stores answers with group commit: saves that arrive while a transaction is committing wait and then
/// go together into the next one, each inside its own savepoint, so 32 raters pressing Save share one
/// durable commit instead of queueing for 32. A save is acknowledged only after its commit, and a page
/// of answers is all in or all out. One writer per process also means this process never meets
/// "database is locked" from itself; other writers (the round closer) wait on busy_timeout.
/// </summary>
public sealed partial class AnswerWriter : IAsyncDisposable
{
    private const int MaxBatch = 64;

    private readonly Db db;
    private readonly ILogger<AnswerWriter> logger;
    private readonly Channel<Pending> queue = Channel.CreateUnbounded<Pending>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Task loop;

    public AnswerWriter(Db db, ILogger<AnswerWriter> logger)
    {
        this.db = db;
        this.logger = logger;
        loop = Task.Run(RunAsync);
    }

    private sealed record Pending(SaveRequest Request, TaskCompletionSource<SaveResult> Completion);

    /// <summary>
    /// Saves the answers unless the sheet moved on since <see cref="SaveRequest.ExpectedRevision"/> (then the
    /// post is a harmless repeat when it matches what is stored, and stale otherwise), or the sheet is not
    /// the rater's in an open round. Not cancelled by a client that goes away: a retry then finds its answers.
    /// </summary>
    public Task<SaveResult> SaveAsync(SaveRequest request)
    {
        var pending = new Pending(request, new TaskCompletionSource<SaveResult>(TaskCreationOptions.RunContinuationsAsynchronously));
        if (!queue.Writer.TryWrite(pending))
        {
            throw new ObjectDisposedException(nameof(AnswerWriter));
        }
        return pending.Completion.Task;
    }

    private async Task RunAsync()
    {
        var batch = new List<Pending>(MaxBatch);
        while (await queue.Reader.WaitToReadAsync())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            try
            {
                var (results, failures) = await WriteBatchAsync(batch);
                for (var i = 0; i < batch.Count; i++)
                {
                    if (results[i] is { } result)
                    {
                        batch[i].Completion.TrySetResult(result);
                    }
                    else if (failures.TryGetValue(i, out var error))
                    {
                        logger.LogError(error, "Saving an answer page failed on {Route}", SurveyRoute.Page);
                        batch[i].Completion.TrySetException(error);
                    }
                }
            }
            catch (Exception exception)
            {
                logger.LogError(exception, "Saving {Count} answer page(s) failed", batch.Count);
                foreach (var pending in batch)
                {
                    pending.Completion.TrySetException(exception);
                }
            }
        }
    }

    /// <summary>Runs the batch in one transaction; a save that throws is rolled back to its savepoint and fails alone.</summary>
    private Task<(SaveResult?[] Results, Dictionary<int, Exception> Failures)> WriteBatchAsync(List<Pending> batch) => db.WriteAsync(async (connection, transaction) =>
    {
        var results = new SaveResult?[batch.Count];
        var failures = new Dictionary<int, Exception>();
        var statements = new Statements(connection, transaction, db.Dialect);
        await using (statements)
        {
            for (var i = 0; i < batch.Count; i++)
            {
                var alone = batch.Count == 1;
                if (!alone)
                {
                    await transaction.SaveAsync("page");
                }
                try
                {
                    results[i] = await SaveOneAsync(connection, transaction, statements, batch[i].Request);
                    if (!alone)
                    {
                        await transaction.ReleaseAsync("page");
                    }
                }
                catch (DbException error) when (!alone)
                {
                    await transaction.RollbackAsync("page");
                    failures[i] = error;
                }
            }
        }
        return (results, failures);
    });

    private static async Task<SaveResult> SaveOneAsync(DbConnection connection, DbTransaction transaction, Statements statements, SaveRequest request)
    {
        if (await statements.NextRevisionAsync(request) == 1)
        {
            foreach (var (itemId, answer) in request.Answers)
            {
                await statements.UpsertAsync(request.SheetId, itemId, answer);
            }
            await statements.MarkFinishedAsync(request);
            return new SaveResult(SaveOutcome.Saved, request.ExpectedRevision + 1);
        }
        // The rare path: find out why the guarded update matched nothing.
        var p = new { request.SheetId, request.RaterId };
        var revision = await connection.QuerySingleOrDefaultAsync<int?>(Sql.OpenSheetRevision, p, transaction);
        if (revision is null)
        {
            return new SaveResult(SaveOutcome.NotOpen, request.ExpectedRevision);
        }
        var stored = (await connection.QueryAsync<SurveyQueries.Draft>(Sql.StoredAnswers, p, transaction)).ToDictionary(a => a.SkillItemId);
        var same = request.Answers.All(a => stored.TryGetValue(a.Key, out var s) && s.Score == a.Value.Score && s.Comment == a.Value.Comment);
        return new SaveResult(same ? SaveOutcome.AlreadySaved : SaveOutcome.Stale, revision.Value);
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await loop;
    }
}
