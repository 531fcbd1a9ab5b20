using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// The import jobs of this process, one running at a time (the rest wait their turn: an import is CPU and database
/// work the hall's requests share), each in its own scope. Kept in memory, not in a table: what a job stores is
/// committed slice by slice with its events and importing the file again skips every stored row, so a job's own
/// record is only its progress report, and a restart that forgets it loses no data. The poller of a forgotten job
/// gets a 404 that says so; a job stopped by the host's shutdown fails with that reason. Known limit: with several
/// replicas of a service, a poll that reaches another replica than the one running the job gets that 404 too (a
/// table per service would share them; not built yet).
/// </summary>
public sealed class ImportJobs(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime,
    ILogger<ImportJobs> logger)
{
    /// <summary>Finished jobs kept for their pollers (the oldest are forgotten first).</summary>
    const int Kept = 200;

    /// <summary>Bad rows a job keeps to show (its errorCount counts all).</summary>
    public const int ErrorCap = 100;

    readonly ConcurrentDictionary<Guid, ImportJob> _jobs = new();
    readonly ConcurrentQueue<Guid> _order = new();
    readonly SemaphoreSlim _turn = new(1, 1);

    /// <summary>Starts the work in the background; the job owns the file from here on and disposes it.</summary>
    public ImportJob Start<TResult>(string service, ImportFile file, ImportWork<TResult> work, ClaimsPrincipal user)
        where TResult : class
    {
        var job = new ImportJob(service, new ImportProgress(ErrorCap));
        _jobs[job.Id] = job;
        _order.Enqueue(job.Id);
        Forget();
        _ = Task.Run(() => RunAsync(job, file, work, user));
        return job;
    }

    /// <summary>A job of the service, or null (unknown, another service's, or forgotten by a restart).</summary>
    public ImportJob? Find(string service, Guid id) =>
        _jobs.TryGetValue(id, out var job) && job.Service == service ? job : null;

    async Task RunAsync<TResult>(ImportJob job, ImportFile file, ImportWork<TResult> work, ClaimsPrincipal user)
        where TResult : class
    {
        var stopping = lifetime.ApplicationStopping;
        await using var owned = file;
        try
        {
            await _turn.WaitAsync(stopping);
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var result = await work(new ImportRun(file, scope.ServiceProvider, job.Progress, user), stopping);
                if (job.Progress.HasErrors)
                {
                    job.Fail($"文件有 {job.Progress.ErrorCount} 处错误，整个文件未导入（errors 列出前 {ErrorCap} 处，"
                        + "行号为文件中的行号，表头为第 1 行）；请改正后重新上传。");
                }
                else
                {
                    job.Succeed(result);
                }
            }
            finally
            {
                _turn.Release();
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            job.Fail(Interrupted("服务停止"));
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Import job {JobId} of {Service} failed", job.Id, job.Service);
            job.Fail(Interrupted("导入出错"));
        }
    }

    static string Interrupted(string why) =>
        $"{why}，导入中断：已提交的批次已保存；请重新导入同一文件，已导入的行会被跳过，不会重复。";

    void Forget()
    {
        while (_order.Count > Kept && _order.TryPeek(out var oldest)
            && _jobs.TryGetValue(oldest, out var job) && job.Done && _order.TryDequeue(out _))
        {
            _jobs.TryRemove(oldest, out _);
        }
    }
}
