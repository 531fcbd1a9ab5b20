using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Approval.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "matters",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    TypeCode = table.Column<string>(type: "text", nullable: false),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    DepartmentName = table.Column<string>(type: "text", nullable: false),
                    HandlingKind = table.Column<string>(type: "text", nullable: false),
                    StatutoryLimitDays = table.Column<int>(type: "integer", nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: false),
                    Materials = table.Column<string>(type: "text", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_matters", x => x.Code);
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
                name: "projects",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    ApplicantName = table.Column<string>(type: "text", nullable: false),
                    ApplicantCreditCode = table.Column<string>(type: "text", nullable: true),
                    OwnerAccount = table.Column<string>(type: "text", nullable: true),
                    AgentAccount = table.Column<string>(type: "text", nullable: true),
                    InvestmentKind = table.Column<string>(type: "text", nullable: false),
                    Location = table.Column<string>(type: "text", nullable: false),
                    TrackingCode = table.Column<string>(type: "text", nullable: true),
                    RegisteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Imported = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_projects", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "running_numbers",
                columns: table => new
                {
                    scope = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    period = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_running_numbers", x => new { x.scope, x.period });
                });

            migrationBuilder.CreateTable(
                name: "stage_definitions",
                columns: table => new
                {
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    LeadDepartmentCode = table.Column<string>(type: "text", nullable: false),
                    MatterCodes = table.Column<string>(type: "text", nullable: false),
                    Deferrable = table.Column<string>(type: "text", nullable: false),
                    DeferredWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stage_definitions", x => x.Stage);
                });

            migrationBuilder.CreateTable(
                name: "stages",
                columns: table => new
                {
                    StageNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ProjectCode = table.Column<string>(type: "character varying(24)", nullable: false),
                    Stage = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ActiveSlot = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    LeadDepartmentCode = table.Column<string>(type: "text", nullable: false),
                    SubmittedBy = table.Column<string>(type: "text", nullable: false),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IdempotencyKey = table.Column<string>(type: "text", nullable: true),
                    RequestHash = table.Column<string>(type: "text", nullable: true),
                    Materials = table.Column<string>(type: "text", nullable: false),
                    Notice = table.Column<string>(type: "text", nullable: false),
                    RejectionReason = table.Column<string>(type: "text", nullable: true),
                    RejectionBasis = table.Column<string>(type: "text", nullable: true),
                    Deferred = table.Column<string>(type: "text", nullable: false),
                    DeferredDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DeferredPromise = table.Column<string>(type: "text", nullable: true),
                    AcceptedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    AcceptedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CalendarVersion = table.Column<string>(type: "text", nullable: true),
                    LimitDays = table.Column<int>(type: "integer", nullable: false),
                    SerialWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    SuspendedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    StoppedPeriods = table.Column<string>(type: "text", nullable: true),
                    StoppedSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    Supplements = table.Column<string>(type: "text", nullable: false),
                    History = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_stages", x => x.StageNo);
                    table.ForeignKey(
                        name: "FK_stages_projects_ProjectCode",
                        column: x => x.ProjectCode,
                        principalTable: "projects",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                columns: table => new
                {
                    TaskNo = table.Column<string>(type: "character varying(36)", maxLength: 36, nullable: false),
                    StageNo = table.Column<string>(type: "character varying(32)", nullable: false),
                    DepartmentCode = table.Column<string>(type: "text", nullable: false),
                    DepartmentName = table.Column<string>(type: "text", nullable: false),
                    MatterCode = table.Column<string>(type: "text", nullable: false),
                    MatterName = table.Column<string>(type: "text", nullable: false),
                    StatutoryLimitDays = table.Column<int>(type: "integer", nullable: true),
                    PromisedLimitDays = table.Column<int>(type: "integer", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DecisionNo = table.Column<string>(type: "text", nullable: true),
                    Conditions = table.Column<string>(type: "text", nullable: true),
                    Reason = table.Column<string>(type: "text", nullable: true),
                    DecidedBy = table.Column<string>(type: "text", nullable: true),
                    DecidedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DecidedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WorkingDaysUsed = table.Column<int>(type: "integer", nullable: true),
                    SuspendedWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tasks", x => x.TaskNo);
                    table.ForeignKey(
                        name: "FK_tasks_stages_StageNo",
                        column: x => x.StageNo,
                        principalTable: "stages",
                        principalColumn: "StageNo",
                        onDelete: ReferentialAction.Cascade);
                });

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
                name: "IX_projects_AgentAccount",
                table: "projects",
                column: "AgentAccount");

            migrationBuilder.CreateIndex(
                name: "IX_projects_OwnerAccount",
                table: "projects",
                column: "OwnerAccount");

            migrationBuilder.CreateIndex(
                name: "IX_stages_ActiveSlot",
                table: "stages",
                column: "ActiveSlot",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_stages_ProjectCode_Stage",
                table: "stages",
                columns: new[] { "ProjectCode", "Stage" });

            migrationBuilder.CreateIndex(
                name: "IX_stages_SubmittedBy_IdempotencyKey",
                table: "stages",
                columns: new[] { "SubmittedBy", "IdempotencyKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_tasks_DepartmentCode_Status_DueDate",
                table: "tasks",
                columns: new[] { "DepartmentCode", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_tasks_StageNo",
                table: "tasks",
                column: "StageNo");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "matters");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "running_numbers");

            migrationBuilder.DropTable(
                name: "stage_definitions");

            migrationBuilder.DropTable(
                name: "tasks");

            migrationBuilder.DropTable(
                name: "stages");

            migrationBuilder.DropTable(
                name: "projects");
        }
    }
}
