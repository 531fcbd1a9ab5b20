namespace Platform.Bidding.Experts;

/// <summary>
/// An evaluation expert of the pool (评标专家库). The code is the expert's public number in draws: a published draw
/// names experts by code only, so a verifier sees who was drawn without the pool's personal data.
/// </summary>
public sealed class Expert
{
    public Guid Id { get; set; }

    /// <summary>专家编号, e.g. E0012; unique; the candidate string of expert draws.</summary>
    public required string Code { get; set; }

    /// <summary>The expert's sign-in account (role expert), to reach them about an assignment.</summary>
    public required string Account { get; set; }

    public required string Name { get; set; }
    public List<string> Specialties { get; set; } = [];
    public string? EmployerName { get; set; }
    public string? EmployerCreditCode { get; set; }

    /// <summary>Organisations (names or credit codes) the expert declared a relation with and must not judge.</summary>
    public List<string> Relations { get; set; } = [];

    public bool Active { get; set; } = true;
    public DateTimeOffset RegisteredAt { get; set; }
}
