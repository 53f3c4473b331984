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
/// go together into the next one, so 32 raters pressing Save share one
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
        // A thread of its own: SQLite's calls block, and a commit waits for the disk (0.5 ms typically,
        // up to 10 ms when the WAL is checkpointed). On a thread-pool worker that wait held one of the
        // few workers a machine with one or two cores has, and requests waited behind it with the CPU
        // idle: on such a machine saves went from about 1,700 to 2,100 a second with this thread.
        loop = Task.Factory.StartNew(Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
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

    private void Run()
    {
        var batch = new List<Pending>(MaxBatch);
        while (queue.Reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            batch.Clear();
            while (batch.Count < MaxBatch && queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            try
            {
                var (results, failures) = WriteBatchAsync(batch).GetAwaiter().GetResult();
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

    /// <summary>
    /// Runs the batch in one transaction. A page whose statements throw (a broken page, never a normal
    /// refusal) rolls the transaction back; it fails alone and the others run again together. Cheaper
    /// than a savepoint around every page, which cost two more statements per page on the common path.
    /// </summary>
    private async Task<(SaveResult?[] Results, Dictionary<int, Exception> Failures)> WriteBatchAsync(List<Pending> batch)
    {
        var results = new SaveResult?[batch.Count];
        var failures = new Dictionary<int, Exception>();
        var remaining = Enumerable.Range(0, batch.Count).ToList();
        while (remaining.Count > 0)
        {
            try
            {
                var saved = await WriteTogetherAsync(batch, remaining);
                for (var i = 0; i < remaining.Count; i++)
                {
                    results[remaining[i]] = saved[i];
                }
                break;
            }
            catch (PageFailed failed)
            {
                failures[failed.Index] = failed.Error;
                remaining.Remove(failed.Index);
            }
        }
        return (results, failures);
    }

    private Task<SaveResult[]> WriteTogetherAsync(List<Pending> batch, List<int> pages) => db.WriteAsync(async (connection, transaction) =>
    {
        var results = new SaveResult[pages.Count];
        await using var statements = new Statements(connection, transaction, db.Dialect);
        for (var i = 0; i < pages.Count; i++)
        {
            try
            {
                results[i] = await SaveOneAsync(connection, transaction, statements, batch[pages[i]].Request);
            }
            catch (DbException error) when (pages.Count > 1)
            {
                throw new PageFailed(pages[i], error);
            }
        }
        return results;
    });

    /// <summary>One page of a batch failed; leaving the transaction this way rolls it back.</summary>
    private sealed class PageFailed(int index, DbException error) : Exception(error.Message, error)
    {
        public int Index { get; } = index;

        public DbException Error { get; } = error;
    }

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
