using Microsoft.EntityFrameworkCore;
using Platform.Bidding.Projects;
using Platform.ServiceDefaults.Persistence;

namespace Platform.Bidding.Evaluation;

public static class EvaluationModel
{
    /// <summary>Score sheets, objections and the projects' candidates column; call from OnModelCreating.</summary>
    public static ModelBuilder AddEvaluation(this ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<TradingProject>().Property(p => p.Candidates).HasJsonConversion();
        modelBuilder.Entity<ExpertScore>(score =>
        {
            score.ToTable("expert_scores");
            score.HasKey(s => s.Id);
            score.Property(s => s.ExpertCode).HasMaxLength(16);
            score.Property(s => s.Account).HasMaxLength(64);
            score.Property(s => s.Sha256).HasMaxLength(64);
            score.Property(s => s.Lines).HasJsonConversion();
            score.HasIndex(s => new { s.ProjectId, s.ExpertCode });
        });
        modelBuilder.Entity<Objection>(objection =>
        {
            objection.ToTable("objections");
            objection.HasKey(o => o.Id);
            objection.Property(o => o.Account).HasMaxLength(64);
            objection.Property(o => o.FirmName).HasMaxLength(200);
            objection.Property(o => o.Text).HasMaxLength(4000);
            objection.Property(o => o.Reply).HasMaxLength(4000);
            objection.Property(o => o.DecidedBy).HasMaxLength(64);
            objection.HasIndex(o => o.ProjectId);
        });
        return modelBuilder;
    }
}
