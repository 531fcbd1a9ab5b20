using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Draws;

/// <summary>
/// A verifiable random draw (<see cref="DrawAlgorithm"/>): scheduled with a commitment to a secret, performed once.
/// Concurrency-stamped, so two simultaneous performances cannot both be stored.
/// </summary>
public sealed class Draw : IConcurrencyStamped
{
    /// <summary>Published and hashed into the seed as <see cref="PublicId"/>.</summary>
    public Guid DrawId { get; set; }

    /// <summary>The trading project served; a plain column (projects live in another part of the service).</summary>
    public Guid? ProjectId { get; set; }

    public required string Purpose { get; set; }

    /// <summary>The experts' specialty code; null for firms and auction order.</summary>
    public string? Specialty { get; set; }

    public int Count { get; set; }

    /// <summary>S as lowercase hex: kept from the scheduling, shown to nobody before the draw.</summary>
    public required string Secret { get; set; }

    public required string Commitment { get; set; }
    public DateTimeOffset ScheduledAt { get; set; }
    public required string ScheduledBy { get; set; }
    public DateTimeOffset? DrawnAt { get; set; }
    public string? DrawnBy { get; set; }

    /// <summary>
    /// Sorted ordinally. Firms and auction order: given at the scheduling. Experts: the eligible pool, fixed at the
    /// draw.
    /// </summary>
    public List<string> Candidates { get; set; } = [];

    /// <summary>Organisations of the bidders (experts): whoever is employed by or related to one sits out.</summary>
    public List<string> Conflicts { get; set; } = [];

    public List<DrawExclusion> Excluded { get; set; } = [];

    /// <summary>In the order drawn.</summary>
    public List<string> Selected { get; set; } = [];

    public int ConcurrencyStamp { get; set; }

    /// <summary>The scheduling request's Idempotency-Key, unique: a retry gets this draw, not a second one.</summary>
    public string? IdempotencyKey { get; set; }

    /// <summary>SHA-256 of the scheduling request, to tell a retry from another request under the same key.</summary>
    public string? RequestHash { get; set; }

    /// <summary>The drawId as published and hashed: a GUID in "D" format, lowercase.</summary>
    public string PublicId => DrawId.ToString("D");
}
