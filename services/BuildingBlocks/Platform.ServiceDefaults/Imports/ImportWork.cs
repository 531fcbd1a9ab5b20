namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// One import's work: check every row (bad rows to the progress: then nothing is stored and the result is ignored),
/// then store the rows in slices, each slice's rows and events committed together, so a job stopped half-way has
/// lost nothing it reported and importing the same file again skips what was stored.
/// </summary>
public delegate Task<TResult?> ImportWork<TResult>(ImportRun run, CancellationToken cancellationToken)
    where TResult : class;
