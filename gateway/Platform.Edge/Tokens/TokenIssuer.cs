using System.Security.Claims;
using Microsoft.IdentityModel.Tokens;
using Platform.Edge.Accounts;
using Platform.ServiceDefaults.Security;

namespace Platform.Edge.Tokens;

/// <summary>Signs tokens for local accounts with the key every process validates against (AuthSettings).</summary>
public sealed class TokenIssuer(AuthSettings settings)
{
    readonly SigningCredentials _credentials = new(settings.ResolveSigningKey(), SecurityAlgorithms.HmacSha256);

    public (string Token, int ExpiresIn) Issue(Account account)
    {
        var claims = new List<Claim>
        {
            new("sub", account.Username),
            new("name", account.DisplayName),
        };
        claims.AddRange(account.RoleList.Select(role => new Claim("role", role)));
        if (account.Department is not null)
        {
            claims.Add(new Claim(Roles.DepartmentClaim, account.Department));
        }
        if (account.ServicePoint is not null)
        {
            claims.Add(new Claim(Roles.PointClaim, account.ServicePoint));
        }

        var token = LocalTokens.Sign(settings, _credentials, claims, settings.TokenLifetime);
        return (token, (int)settings.TokenLifetime.TotalSeconds);
    }
}
