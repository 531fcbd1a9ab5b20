using System.Text;
using Platform.Contracts.Intake;
using Platform.Intake.Agent;
using Platform.Intake.Applications;
using Platform.Intake.Cases;
using Platform.Intake.Catalogue;
using Platform.Intake.Data;
using Platform.Intake.Files;
using Platform.Intake.Points;
using Platform.ServiceDefaults.Messaging;
using Platform.WorkingDays;

namespace Platform.Intake.Demo;

/// <summary>
/// The demo's online and 代办 applications, staged on the context: two online (one waiting for 预审 with its uploaded
/// materials, one accepted), three taken in by agents (one waiting for the paper, one handed over and waiting for 预审,
/// one accepted). Residents' identity numbers carry valid GB 11643 check digits.
/// </summary>
sealed class DemoOnlineSteps(IntakeDbContext db, FileStore files, WorkingDayCalendar calendar, DateTimeOffset now,
    CancellationToken cancellationToken)
{
    public async Task<int> AddAsync(List<LocalServicePoint> points, List<LocalMatter> matters)
    {
        var (first, second) = (matters[0], matters[1]);
        var town = points.First(p => p.Level == "town");
        var villages = points.Where(p => p.Level == "village").ToList();

        await UploadAllAsync(Online(first, new("natural", "王秀英", "510181194003120027", "13800002001")));
        var accepted = Online(second, new("natural", "刘建国", "510181193808150042", "13800002002"));
        await UploadAllAsync(accepted);
        await AcceptAsync(accepted, now.AddHours(-2));

        await Agent(first, villages[0], "agent02", new("natural", "陈桂兰", "510181194511200015", null));
        var handedOver = await Agent(second, villages[1], "agent03",
            new("natural", "赵德明", "510181195002030032", "13800002004"));
        HandOver(handedOver, now.AddHours(-1));
        var agentCase = await Agent(first, town, "agent01", new("natural", "孙玉珍", "11010519491231002X", null));
        HandOver(agentCase, now.AddHours(-4));
        await AcceptAsync(agentCase, now.AddHours(-3));
        return 5;
    }

    Application Online(LocalMatter matter, Applicant applicant)
    {
        var application = New(matter, applicant, ApplicationChannels.Online, "applicant01", now.AddHours(-4));
        application.ApplicantAccount = "applicant01";
        application.Visits = 0;
        application.Outcome = ApplicationOutcome.PendingReview;
        db.Applications.Add(application);
        db.AddEvent(new ApplicationSubmitted(application.Id, matter.Code, matter.DepartmentCode,
            ApplicationChannels.Online, null, "county", null, application.ReceivedAt));
        return application;
    }

    async Task<Application> Agent(LocalMatter matter, LocalServicePoint point, string agent, Applicant applicant)
    {
        var application = New(matter, applicant, ApplicationChannels.Agent, agent, now.AddHours(-5));
        application.PointCode = point.Code;
        application.AgentAccount = agent;
        application.Consent = "居民签署代办委托书";
        application.Visits = 1;
        application.Outcome = ApplicationOutcome.AwaitingHandover;
        application.TransferSlipNo = await TransferSlipNumbers.NextAsync(db, HallTime.DateOf(now), cancellationToken);
        db.Applications.Add(application);
        db.AddEvent(new ApplicationSubmitted(application.Id, matter.Code, matter.DepartmentCode,
            ApplicationChannels.Agent, point.Code, point.Level, application.TransferSlipNo, application.ReceivedAt));
        return application;
    }

    /// <summary>The paper reached the county hall by its slip: the application waits for the window's 预审.</summary>
    void HandOver(Application application, DateTimeOffset at)
    {
        application.Outcome = ApplicationOutcome.PendingReview;
        application.HandedOverAt = at;
        application.HandedOverTo = "window01";
        db.AddEvent(new TransferSlipReceived(application.Id, application.TransferSlipNo!, application.PointCode!,
            "window01", at));
    }

    Application New(LocalMatter matter, Applicant applicant, string channel, string account, DateTimeOffset at) =>
        new()
        {
            Id = Guid.NewGuid(),
            MatterCode = matter.Code,
            MatterVersion = matter.Version,
            Applicant = applicant,
            ResponsibleStaff = "",
            SubmittedBy = account,
            Channel = channel,
            ReceivedAt = at,
            Materials = matter.Materials.Select(m => new MaterialCheck(m.Name, "present")).ToList(),
        };

    /// <summary>The applicant's electronic copies: a small PDF per material, stored as an upload is.</summary>
    async Task UploadAllAsync(Application application)
    {
        var checks = new List<MaterialCheck>();
        foreach (var material in application.Materials)
        {
            var id = Guid.NewGuid();
            var bytes = Encoding.ASCII.GetBytes($"%PDF-1.4\n% demo material {id}\n%%EOF\n");
            var written = await files.WritePartAsync(id, new MemoryStream(bytes), cancellationToken);
            files.Keep(id);
            db.Files.Add(new StoredFile
            {
                Id = id,
                Owner = application.SubmittedBy!,
                Purpose = FilePurposes.Material,
                FileName = $"{material.Name}.pdf",
                ContentType = "application/pdf",
                Size = written.Size,
                Sha256 = written.Sha256,
                UploadedAt = application.ReceivedAt,
                ApplicationId = application.Id,
                MaterialName = material.Name,
            });
            checks.Add(material with { FileId = id });
        }
        application.Materials = checks;
    }

    async Task AcceptAsync(Application application, DateTimeOffset at)
    {
        application.ResponsibleStaff = "window01";
        application.WindowNo = "A01";
        var matter = db.Matters.Local.FirstOrDefault(m => m.Code == application.MatterCode)
            ?? await db.Matters.FindAsync([application.MatterCode], cancellationToken);
        await CaseAcceptance.Accept(db, application, matter!, calendar, at, cancellationToken);
    }
}
