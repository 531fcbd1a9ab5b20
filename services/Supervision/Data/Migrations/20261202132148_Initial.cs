using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Supervision.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "approval_stages",
                columns: table => new
                {
                    StageNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectCode = table.Column<string>(type: "text", nullable: true),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    LeadDepartmentCode = table.Column<string>(type: "text", nullable: true),
                    AcceptedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    LimitDays = table.Column<int>(type: "integer", nullable: true),
                    SerialWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    SavedWorkingDays = table.Column<int>(type: "integer", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Refused = table.Column<bool>(type: "boolean", nullable: false),
                    RefusedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    SupplementRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SupplementReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_stages", x => x.StageNo);
                });

            migrationBuilder.CreateTable(
                name: "approval_tasks",
                columns: table => new
                {
                    TaskNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StageNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    ProjectCode = table.Column<string>(type: "text", nullable: true),
                    DepartmentCode = table.Column<string>(type: "text", nullable: true),
                    MatterCode = table.Column<string>(type: "text", nullable: true),
                    AcceptedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    Stopped = table.Column<bool>(type: "boolean", nullable: false),
                    CompletionFollows = table.Column<bool>(type: "boolean", nullable: false),
                    Closed = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Decision = table.Column<string>(type: "text", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: true),
                    StatutoryLimitDays = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_approval_tasks", x => x.TaskNo);
                });

            migrationBuilder.CreateTable(
                name: "calendar_years",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Days = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_calendar_years", x => x.Year);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    CaseNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    MatterCode = table.Column<string>(type: "text", nullable: true),
                    DepartmentCode = table.Column<string>(type: "text", nullable: true),
                    WindowNo = table.Column<string>(type: "text", nullable: true),
                    Instant = table.Column<bool>(type: "boolean", nullable: true),
                    StatutoryLimitDays = table.Column<int>(type: "integer", nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: false),
                    AcceptedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CompletionFollows = table.Column<bool>(type: "boolean", nullable: false),
                    CompletedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    WorkingDaysProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    OnTheSpot = table.Column<bool>(type: "boolean", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Rating = table.Column<int>(type: "integer", nullable: true),
                    RatedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CalendarVersion = table.Column<string>(type: "text", nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    PointCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PointLevel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Visits = table.Column<int>(type: "integer", nullable: true),
                    DeliveredDate = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.CaseNo);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_deadlines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    SubjectId = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RaisedDate = table.Column<DateOnly>(type: "date", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_deadlines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "disclosure_replies",
                columns: table => new
                {
                    RequestNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantCategory = table.Column<string>(type: "text", nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Outcome = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_disclosure_replies", x => x.RequestNo);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                columns: table => new
                {
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    consumer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    processed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_inbox_messages", x => new { x.message_id, x.consumer });
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    message_id = table.Column<Guid>(type: "uuid", nullable: false),
                    message_type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "text", nullable: false),
                    trace_parent = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    next_attempt_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    sent_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "rectifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    WindowNo = table.Column<string>(type: "text", nullable: true),
                    Score = table.Column<int>(type: "integer", nullable: false),
                    Category = table.Column<string>(type: "text", nullable: true),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    OpenedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DeadlineProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    ClosedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Resolution = table.Column<string>(type: "text", nullable: true),
                    ClosedBy = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rectifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "service_points",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ParentCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_points", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "trading_objections",
                columns: table => new
                {
                    ObjectionId = table.Column<Guid>(type: "uuid", nullable: false),
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    RaisedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Upheld = table.Column<bool>(type: "boolean", nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trading_objections", x => x.ObjectionId);
                });

            migrationBuilder.CreateTable(
                name: "trading_projects",
                columns: table => new
                {
                    ProjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    Procedure = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Budget = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    AnnouncedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    BidsReceived = table.Column<int>(type: "integer", nullable: true),
                    ValidBids = table.Column<int>(type: "integer", nullable: true),
                    FailedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AwardAmount = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ContractSignedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractWithinDeadline = table.Column<bool>(type: "boolean", nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trading_projects", x => x.ProjectId);
                });

            migrationBuilder.CreateTable(
                name: "warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    RaisedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClearedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Trail = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warnings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_approval_stages_CompletedDate",
                table: "approval_stages",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_AcceptedDate_DecidedDate",
                table: "approval_tasks",
                columns: new[] { "AcceptedDate", "DecidedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_DecidedDate",
                table: "approval_tasks",
                column: "DecidedDate");

            migrationBuilder.CreateIndex(
                name: "IX_approval_tasks_StageNo",
                table: "approval_tasks",
                column: "StageNo");

            migrationBuilder.CreateIndex(
                name: "IX_cases_AcceptedDate",
                table: "cases",
                column: "AcceptedDate");

            migrationBuilder.CreateIndex(
                name: "IX_cases_CompletedDate",
                table: "cases",
                column: "CompletedDate");

            migrationBuilder.CreateIndex(
                name: "IX_cases_DepartmentCode_AcceptedDate",
                table: "cases",
                columns: new[] { "DepartmentCode", "AcceptedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_deadlines_RaisedDate",
                table: "disclosure_deadlines",
                column: "RaisedDate");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_replies_RepliedDate",
                table: "disclosure_replies",
                column: "RepliedDate");

            migrationBuilder.CreateIndex(
                name: "IX_inbox_messages_processed_at",
                table: "inbox_messages",
                column: "processed_at");

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_message_id",
                table: "outbox_messages",
                column: "message_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outbox_messages_sent_at_next_attempt_at_id",
                table: "outbox_messages",
                columns: new[] { "sent_at", "next_attempt_at", "id" });

            migrationBuilder.CreateIndex(
                name: "IX_rectifications_ClosedDate_DeadlineDate",
                table: "rectifications",
                columns: new[] { "ClosedDate", "DeadlineDate" });

            migrationBuilder.CreateIndex(
                name: "IX_trading_objections_RaisedDate",
                table: "trading_objections",
                column: "RaisedDate");

            migrationBuilder.CreateIndex(
                name: "IX_trading_projects_AnnouncedDate",
                table: "trading_projects",
                column: "AnnouncedDate");

            migrationBuilder.CreateIndex(
                name: "IX_trading_projects_AwardedDate",
                table: "trading_projects",
                column: "AwardedDate");

            migrationBuilder.CreateIndex(
                name: "IX_trading_projects_FailedDate",
                table: "trading_projects",
                column: "FailedDate");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_CaseNo_Level",
                table: "warnings",
                columns: new[] { "CaseNo", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_warnings_Status_DueDate",
                table: "warnings",
                columns: new[] { "Status", "DueDate" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "approval_stages");

            migrationBuilder.DropTable(
                name: "approval_tasks");

            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "disclosure_deadlines");

            migrationBuilder.DropTable(
                name: "disclosure_replies");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "rectifications");

            migrationBuilder.DropTable(
                name: "service_points");

            migrationBuilder.DropTable(
                name: "trading_objections");

            migrationBuilder.DropTable(
                name: "trading_projects");

            migrationBuilder.DropTable(
                name: "warnings");
        }
    }
}
