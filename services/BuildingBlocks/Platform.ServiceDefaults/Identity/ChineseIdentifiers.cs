namespace Platform.ServiceDefaults.Identity;

/// <summary>
/// Check digits of the national identifiers. Small enough to write here (no maintained package for them is served
/// by the registry this project can reach): GB 11643-1999 for the 18-digit resident identity number and
/// GB 32100-2015 for the 18-character unified social credit code.
/// </summary>
public static class ChineseIdentifiers
{
    static readonly int[] ResidentWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    const string ResidentCheck = "10X98765432";

    /// <summary>
    /// 18 characters: 6-digit area, 8-digit birth date, 3-digit sequence, ISO 7064 MOD 11-2 check (0-9 or X).
    /// </summary>
    public static bool IsValidResidentId(string? id)
    {
        if (id is not { Length: 18 } || !id[..17].All(char.IsAsciiDigit))
        {
            return false;
        }
        if (!DateOnly.TryParseExact(id.Substring(6, 8), "yyyyMMdd", out var birth) || birth.Year < 1900
            || birth > DateOnly.FromDateTime(DateTime.UtcNow))
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * ResidentWeights[i];
        }
        return char.ToUpperInvariant(id[17]) == ResidentCheck[sum % 11];
    }

    /// <summary>
    /// The 31 characters of the code's alphabet: digits and upper-case letters without I, O, Z, S, V.
    /// </summary>
    const string CreditAlphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    static readonly int[] CreditWeights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>18 characters from the code alphabet; the last is the MOD 31 check character.</summary>
    public static bool IsValidUnifiedSocialCreditCode(string? code)
    {
        if (code is not { Length: 18 })
        {
            return false;
        }
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            var value = CreditAlphabet.IndexOf(code[i]);
            if (value < 0)
            {
                return false;
            }
            sum += value * CreditWeights[i];
        }
        var check = (31 - sum % 31) % 31;
        return code[17] == CreditAlphabet[check];
    }
}
