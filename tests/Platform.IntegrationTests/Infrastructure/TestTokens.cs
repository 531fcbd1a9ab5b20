using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.IntegrationTests.Infrastructure;

/// <summary>Tokens signed with the distributed test configuration's key, as the gateway would issue them.</summary>
static class TestTokens
{
    public static string For(string username, params string[] roles) => For(username, roles, []);

    /// <summary>A token with further claims besides the roles (an approver's department claim).</summary>
    public static string For(string username, string[] roles, params Claim[] extra)
    {
        var claims = new List<Claim> { new("sub", username), new("name", username) };
        claims.AddRange(roles.Select(role => new Claim("role", role)));
        claims.AddRange(extra);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "service-hall",
            Audience = "service-hall",
            Subject = new ClaimsIdentity(claims),
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(
                new SymmetricSecurityKey(Encoding.UTF8.GetBytes(RealServers.SigningKey)), SecurityAlgorithms.HmacSha256),
        });
    }
}
