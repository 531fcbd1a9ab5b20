using Platform.Bidding.Bids;
using Platform.Bidding.Projects;
using Platform.WorkingDays;

namespace Platform.Bidding.OpenData;

/// <summary>
/// One trading project as an OCDS contracting process: a release per stage that happened, each the process as it
/// stood on that stage's date (no tenderers before the opening, no award before 定标).
/// </summary>
/// <param name="announcedDeadline">The bid deadline as first announced (amendments may have moved it since).</param>
public sealed class OcdsProcess(TradingProject project, IReadOnlyList<Bid> bids, DateTimeOffset announcedDeadline,
    string ocidPrefix)
{
    public string Ocid { get; } = $"{ocidPrefix}-{project.Id}";

    public IEnumerable<OcdsRelease> Releases()
    {
        yield return Release("tender", project.AnnouncedAt, "tender", Tender("active", announcedDeadline, 0));
        for (var i = 0; i < project.Amendments.Count; i++)
        {
            var amendment = project.Amendments[i];
            yield return Release($"amendment-{i + 1}", amendment.At, "tenderAmendment",
                Tender("active", amendment.BidDeadline, i + 1));
        }
        // 流标: an update of the tender, which ends unsuccessful; the reason is the tender's description.
        if (project.FailedAt is { } failedAt)
        {
            yield return Release("failed", failedAt, "tenderUpdate",
                Tender("unsuccessful", project.BidDeadline, project.Amendments.Count, opened: true,
                    description: project.FailureReason));
        }
        if (project.AwardedAt is { } awardedAt && Winner() is { } winner)
        {
            var award = Award(awardedAt, winner);
            yield return Release("award", awardedAt, "award", Complete(), awards: [award]);
            if (project.ContractSignedAt is { } signedAt)
            {
                OcdsContract contract = new($"{Ocid}-contract", award.Id, "active", Hall(signedAt), award.Value);
                yield return Release("contract", signedAt, "contract", Complete(), awards: [award],
                    contracts: [contract]);
            }
        }
    }

    OcdsRelease Release(string stage, DateTimeOffset date, string tag, OcdsTender tender,
        IReadOnlyList<OcdsAward>? awards = null, IReadOnlyList<OcdsContract>? contracts = null)
    {
        var buyer = OcdsParties.Buyer(project);
        var firms = tender.Tenderers is null ? []
            : bids.Select(b => OcdsParties.Firm(b, won: awards is not null && b.Id == project.WinningBidId));
        return new(Ocid, $"{Ocid}-{stage}", Hall(date), [tag], "tender", [buyer, .. firms],
            OcdsOrganizationReference.To(buyer), tender, awards, contracts);
    }

    /// <summary>After the opening the deadline has passed: the tender is complete (tenderStatus codelist).</summary>
    OcdsTender Complete() => Tender("complete", project.BidDeadline, project.Amendments.Count, opened: true);

    OcdsTender Tender(string status, DateTimeOffset deadline, int amendments, bool opened = false,
        string? description = null) =>
        new($"{Ocid}-tender", project.Name, status, OcdsCodes.Method(project.Procedure),
            OcdsCodes.MethodDetails(project.Procedure), OcdsCodes.MainCategory(project.Category),
            OcdsCodes.AdditionalCategories(project.Category), OcdsValue.Yuan(project.Budget),
            new OcdsPeriod(Hall(project.AnnouncedAt), Hall(deadline)), opened ? bids.Count : null,
            opened ? bids.Select(b => OcdsOrganizationReference.To(OcdsParties.Firm(b, false))).ToList() : null,
            project.Documents.Select((d, i) => new OcdsDocument($"{i + 1}", "biddingDocuments", d.Title, d.Url))
                .ToList(),
            amendments == 0 ? null
                : project.Amendments.Take(amendments).Select((a, i) => new OcdsAmendment(
                    $"{Ocid}-amendment-{i + 1}", Hall(a.At), a.Text)).ToList(),
            description);

    Bid? Winner() => bids.SingleOrDefault(b => b.Id == project.WinningBidId);

    OcdsAward Award(DateTimeOffset at, Bid winner) => new($"{Ocid}-award", "active", Hall(at),
        OcdsValue.Yuan(project.AwardAmount ?? winner.Price ?? 0m),
        [OcdsOrganizationReference.To(OcdsParties.Firm(winner, won: true))]);

    /// <summary>Instants are read back in UTC; open data shows them at the hall's +08:00.</summary>
    static DateTimeOffset Hall(DateTimeOffset instant) => instant.ToOffset(HallTime.Offset);
}
