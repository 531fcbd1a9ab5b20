using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Platform.ServiceDefaults.Persistence;

/// <summary>
/// The embedded mode creates its SQLite schema from the model and has no migrations, so a data file written by another
/// version of the platform would fail request by request. Instead the file records a fingerprint of the schema it was
/// created with (SQLite's user_version) and a start with a different one stops at once, saying what to do.
/// </summary>
static class SqliteSchema
{
    public static async Task EnsureCurrentAsync(DbContext db, CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(db);
        if (await db.Database.EnsureCreatedAsync(cancellationToken))
        {
            await SetAsync(db, fingerprint, cancellationToken);
            return;
        }
        var stored = await db.Database
            .SqlQueryRaw<int>("SELECT user_version AS \"Value\" FROM pragma_user_version")
            .SingleAsync(cancellationToken);
        if (stored == fingerprint)
        {
            return;
        }
        if (stored == 0 && await HasEveryTableAsync(db, cancellationToken))
        {
            // Written before files carried a fingerprint, with every table of this version: adopted as it is.
            await SetAsync(db, fingerprint, cancellationToken);
            return;
        }
        throw new InvalidOperationException(
            $"The SQLite file {db.Database.GetDbConnection().DataSource} was created by another version of the "
            + "platform (its schema differs and the embedded mode has no migrations). Keep a copy of the data folder "
            + "if you need it, delete it, and start again: the platform creates a fresh one (demo data included where "
            + "configured).");
    }

    static int Fingerprint(DbContext db) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(db.Database.GenerateCreateScript())))
        & int.MaxValue | 1;

    static Task SetAsync(DbContext db, int fingerprint, CancellationToken cancellationToken)
    {
        // PRAGMA takes no parameters; the value is an integer computed here, never input.
#pragma warning disable EF1003
        return db.Database.ExecuteSqlRawAsync(
            "PRAGMA user_version = " + fingerprint.ToString(CultureInfo.InvariantCulture) + ";", cancellationToken);
#pragma warning restore EF1003
    }

    static async Task<bool> HasEveryTableAsync(DbContext db, CancellationToken cancellationToken)
    {
        var existing = (await db.Database
            .SqlQueryRaw<string>("SELECT name AS \"Value\" FROM sqlite_master WHERE type = 'table'")
            .ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return db.Model.GetEntityTypes().Select(t => t.GetTableName()).OfType<string>().All(existing.Contains);
    }
}
