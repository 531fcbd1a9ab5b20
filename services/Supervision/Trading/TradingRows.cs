using Microsoft.EntityFrameworkCore;
using Platform.Supervision.Data;

namespace Platform.Supervision.Trading;

/// <summary>
/// A project's or an objection's row as an event finds it, created where this is the first word of it. Created with
/// INSERT … ON CONFLICT DO NOTHING so that two events consumed at the same moment both find the row instead of
/// colliding on the key; the stamp, marked modified here, then lets only one of them commit at a time.
/// </summary>
static class TradingRows
{
    public static async Task<SupervisedTradingProject> ProjectAsync(SupervisionDbContext db, Guid projectId,
        CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO trading_projects ("ProjectId", "ConcurrencyStamp") VALUES ({projectId}, 0)
            ON CONFLICT ("ProjectId") DO NOTHING
            """,
            cancellationToken);
        var project = await db.TradingProjects.SingleAsync(p => p.ProjectId == projectId, cancellationToken);
        db.Entry(project).Property(p => p.ConcurrencyStamp).IsModified = true;
        return project;
    }

    public static async Task<SupervisedObjection> ObjectionAsync(SupervisionDbContext db, Guid objectionId,
        Guid projectId, CancellationToken cancellationToken)
    {
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO trading_objections ("ObjectionId", "ProjectId", "ConcurrencyStamp")
            VALUES ({objectionId}, {projectId}, 0)
            ON CONFLICT ("ObjectionId") DO NOTHING
            """,
            cancellationToken);
        var objection = await db.TradingObjections.SingleAsync(o => o.ObjectionId == objectionId, cancellationToken);
        db.Entry(objection).Property(o => o.ConcurrencyStamp).IsModified = true;
        return objection;
    }
}
