using Platform.Approval.Projects;
using Platform.Approval.Stages;

namespace Platform.Approval.Timeline;

/// <summary>A project and every stage applied for, in order: the applicant's timeline.</summary>
public sealed record ProjectTimeline(ProjectView Project, IReadOnlyList<StageView> Stages);
