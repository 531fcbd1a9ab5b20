using Microsoft.AspNetCore.Identity;

namespace Platform.Edge.Accounts;

/// <summary>
/// <c>hash-password</c>: reads a password from standard input and prints the hash that sign-in checks, for
/// Accounts:Bootstrap:AdminPasswordHash. The operator's password never has to be stored anywhere in clear.
/// </summary>
public static class PasswordHashCommand
{
    public const string Name = "hash-password";

    /// <summary>The hasher ignores the user it is given; this one stands for the account not yet created.</summary>
    static readonly Account Placeholder = new()
    {
        Username = "",
        DisplayName = "",
        PasswordHash = "",
        Roles = "",
    };

    /// <summary>Runs the command when the arguments name it; false when the host should start as usual.</summary>
    public static bool TryRun(string[] args, TextReader input, TextWriter output)
    {
        if (args is not [Name])
        {
            return false;
        }
        var password = input.ReadLine();
        if (string.IsNullOrWhiteSpace(password) || password.Length < 12)
        {
            throw new InvalidOperationException("Give a password of at least 12 characters on standard input.");
        }
        output.WriteLine(Hash(password));
        return true;
    }

    public static string Hash(string password) =>
        new PasswordHasher<Account>().HashPassword(Placeholder, password);

    /// <summary>The shape of ASP.NET Core Identity's current (version 3) hash: base64, marker byte 0x01.</summary>
    public static bool IsHash(string text)
    {
        var bytes = new byte[text.Length];
        return Convert.TryFromBase64String(text, bytes, out var length) && length >= 13 && bytes[0] == 0x01;
    }
}
