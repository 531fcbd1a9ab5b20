using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Section "Auth". Mode "Local": tokens signed with a shared symmetric key (the gateway or standalone host issues
/// them for local accounts). Mode "Oidc": tokens from an external OpenID Connect authority (production).
/// </summary>
public sealed class AuthSettings
{
    public string Mode { get; init; } = "Local";
    public string Issuer { get; init; } = "service-hall";
    public string Audience { get; init; } = "service-hall";
    public string? Authority { get; init; }
    public string? SigningKey { get; init; }

    /// <summary>Where a process without a configured key keeps the one it generated (the standalone host).</summary>
    public string? SigningKeyFile { get; init; }

    /// <summary>Oidc mode: this service's client at the authority, for calls between services.</summary>
    public string? ServiceClientId { get; init; }

    public string? ServiceClientSecret { get; init; }

    public TimeSpan TokenLifetime { get; init; } = TimeSpan.FromHours(8);

    public bool IsOidc => string.Equals(Mode, "Oidc", StringComparison.OrdinalIgnoreCase);

    public static AuthSettings From(IConfiguration configuration) =>
        configuration.GetSection("Auth").Get<AuthSettings>() ?? new AuthSettings();

    /// <summary>
    /// The local signing key: configured, or generated once and kept in <see cref="SigningKeyFile"/>.
    /// </summary>
    public SymmetricSecurityKey ResolveSigningKey()
    {
        if (!string.IsNullOrWhiteSpace(SigningKey))
        {
            var bytes = Encoding.UTF8.GetBytes(SigningKey);
            if (bytes.Length < 32)
            {
                throw new InvalidOperationException("Auth:SigningKey must be at least 32 bytes long.");
            }
            return new SymmetricSecurityKey(bytes);
        }
        if (string.IsNullOrWhiteSpace(SigningKeyFile))
        {
            throw new InvalidOperationException(
                "Auth:Mode is Local but neither Auth:SigningKey nor Auth:SigningKeyFile is configured.");
        }
        return new SymmetricSecurityKey(ReadOrCreateKeyFile(SigningKeyFile));
    }

    static readonly Lock KeyFileLock = new();

    static byte[] ReadOrCreateKeyFile(string path)
    {
        lock (KeyFileLock)
        {
            if (File.Exists(path))
            {
                return Convert.FromBase64String(File.ReadAllText(path).Trim());
            }
            // 0600 in a 0700 folder: whoever reads this file can sign an administrator's token.
            var key = RandomNumberGenerator.GetBytes(64);
            PrivateFiles.WriteNew(path, Convert.ToBase64String(key));
            return key;
        }
    }
}
