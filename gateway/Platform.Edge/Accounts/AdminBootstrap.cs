using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge.Accounts;

/// <summary>
/// Creates the first administrator of an installation without demo accounts (compose, Kubernetes), once: with
/// Accounts:Bootstrap:AdminUsername and Accounts:Bootstrap:AdminPasswordHash set (the hash from
/// <c>dotnet Platform.Gateway.dll hash-password</c>, so no password sits in the environment) and no administrator in
/// the accounts database yet. Once an administrator exists the settings change nothing, so they may stay in place
/// and a replica restarting later cannot reset anyone's password.
/// </summary>
sealed class AdminBootstrap(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<AdminBootstrap> logger)
    : IHostedService
{
    public const string UsernameKey = "Accounts:Bootstrap:AdminUsername";
    public const string PasswordHashKey = "Accounts:Bootstrap:AdminPasswordHash";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var username = configuration[UsernameKey]?.Trim();
        var hash = configuration[PasswordHashKey]?.Trim();
        if (string.IsNullOrEmpty(username) && string.IsNullOrEmpty(hash))
        {
            return;
        }
        if (string.IsNullOrEmpty(username) || string.IsNullOrEmpty(hash))
        {
            throw new InvalidOperationException(
                $"Set both {UsernameKey} and {PasswordHashKey} to create the first administrator, or neither.");
        }
        if (!PasswordHashCommand.IsHash(hash))
        {
            throw new InvalidOperationException(
                $"{PasswordHashKey} is not a password hash: make one with "
                + "`dotnet Platform.Gateway.dll hash-password`.");
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        if (await HasAdministratorAsync(db, cancellationToken))
        {
            logger.LogInformation("An administrator exists: {Key} is not used again", UsernameKey);
            return;
        }
        if (await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken))
        {
            throw new InvalidOperationException(
                $"{UsernameKey} names the existing account '{username}', which is not an administrator: "
                + "choose another.");
        }
        db.Accounts.Add(new Account
        {
            Username = username,
            DisplayName = "系统管理员",
            Roles = Roles.Admin,
            PasswordHash = hash,
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Created the first administrator '{Username}' from {Key}", username, UsernameKey);
        }
        catch (DbUpdateException)
        {
            // Two gateway replicas started at once: the other one created the same account first.
            if (!await OtherReplicaCreatedAsync(username, cancellationToken))
            {
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    static async Task<bool> HasAdministratorAsync(AccountsDbContext db, CancellationToken cancellationToken)
    {
        var roles = await db.Accounts.Select(a => a.Roles).ToListAsync(cancellationToken);
        return roles.Any(list => list.Split(',', StringSplitOptions.TrimEntries).Contains(Roles.Admin));
    }

    async Task<bool> OtherReplicaCreatedAsync(string username, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        return await db.Accounts.AnyAsync(a => a.Username == username, cancellationToken);
    }
}
