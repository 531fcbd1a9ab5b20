using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.ServiceDefaults.Security;

/// <summary>
/// Tokens signed with the local key (Auth:Mode Local): a person's at sign-in, a service's for its calls.
/// </summary>
public static class LocalTokens
{
    public static string Sign(AuthSettings settings, SigningCredentials credentials, IEnumerable<Claim> claims,
        TimeSpan lifetime) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = settings.Issuer,
            Audience = settings.Audience,
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow + lifetime,
            SigningCredentials = credentials,
        });
}
