using System.Security.Claims;

namespace Platform.ServiceDefaults.Imports;

/// <summary>
/// What an import's work gets, inside the request or in a job alike: the file, the services of its scope (the
/// request's, or the job's own), the progress it reports, and who uploaded it.
/// </summary>
public sealed record ImportRun(ImportFile File, IServiceProvider Services, ImportProgress Progress,
    ClaimsPrincipal User);
