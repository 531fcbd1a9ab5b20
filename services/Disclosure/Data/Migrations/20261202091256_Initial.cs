using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Platform.Disclosure.Data.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "annual_inputs",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    LicensingDecisions = table.Column<int>(type: "integer", nullable: false),
                    PenaltyDecisions = table.Column<int>(type: "integer", nullable: false),
                    EnforcementDecisions = table.Column<int>(type: "integer", nullable: false),
                    FeesWanYuan = table.Column<decimal>(type: "numeric(14,6)", precision: 14, scale: 6, nullable: false),
                    Review = table.Column<string>(type: "text", nullable: false),
                    LitigationDirect = table.Column<string>(type: "text", nullable: false),
                    LitigationAfterReview = table.Column<string>(type: "text", nullable: false),
                    Overview = table.Column<string>(type: "text", nullable: true),
                    Problems = table.Column<string>(type: "text", nullable: true),
                    OtherMatters = table.Column<string>(type: "text", nullable: true),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UpdatedBy = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_annual_inputs", x => x.Year);
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
                name: "publications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IndexNo = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DocumentNo = table.Column<string>(type: "text", nullable: true),
                    IssuingBody = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Attachments = table.Column<string>(type: "text", nullable: false),
                    DocumentKind = table.Column<string>(type: "text", nullable: true),
                    IssuedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    AbolishedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    CreatedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishDueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PublishDueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    Author = table.Column<string>(type: "text", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Reviewer = table.Column<string>(type: "text", nullable: true),
                    ReviewNote = table.Column<string>(type: "text", nullable: true),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    PublishedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    WithdrawReason = table.Column<string>(type: "text", nullable: true),
                    History = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "requests",
                columns: table => new
                {
                    RequestNo = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ApplicantCategory = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ApplicantName = table.Column<string>(type: "text", nullable: false),
                    IdentityNo = table.Column<string>(type: "text", nullable: true),
                    Contact = table.Column<string>(type: "text", nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    DeliveryForm = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReceivedDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ClockStartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    ClarificationRequestedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ClarificationAnsweredDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "text", nullable: true),
                    ThirdParty = table.Column<string>(type: "text", nullable: true),
                    ConsultationStartedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    ConsultationWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    ConsultationPeriods = table.Column<string>(type: "text", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    CalendarVersion = table.Column<string>(type: "text", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    ReplyDocumentNo = table.Column<string>(type: "text", nullable: true),
                    RepliedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    RepliedDate = table.Column<DateOnly>(type: "date", nullable: true),
                    OnTime = table.Column<bool>(type: "boolean", nullable: true),
                    Imported = table.Column<bool>(type: "boolean", nullable: false),
                    Timeline = table.Column<string>(type: "text", nullable: false),
                    ConcurrencyStamp = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_requests", x => x.RequestNo);
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
                name: "warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Subject = table.Column<string>(type: "text", nullable: false),
                    SubjectId = table.Column<string>(type: "text", nullable: false),
                    Level = table.Column<string>(type: "text", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: false),
                    DueDateProvisional = table.Column<bool>(type: "boolean", nullable: false),
                    RaisedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ClearedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_warnings", x => x.Id);
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
                name: "IX_publications_IndexNo",
                table: "publications",
                column: "IndexNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_publications_Status_PublishedDate",
                table: "publications",
                columns: new[] { "Status", "PublishedDate" });

            migrationBuilder.CreateIndex(
                name: "IX_requests_ReceivedDate",
                table: "requests",
                column: "ReceivedDate");

            migrationBuilder.CreateIndex(
                name: "IX_requests_RepliedDate",
                table: "requests",
                column: "RepliedDate");

            migrationBuilder.CreateIndex(
                name: "IX_requests_Status_DueDate",
                table: "requests",
                columns: new[] { "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_warnings_ClearedAt",
                table: "warnings",
                column: "ClearedAt");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_Subject_SubjectId_Level_DueDate",
                table: "warnings",
                columns: new[] { "Subject", "SubjectId", "Level", "DueDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "annual_inputs");

            migrationBuilder.DropTable(
                name: "calendar_years");

            migrationBuilder.DropTable(
                name: "inbox_messages");

            migrationBuilder.DropTable(
                name: "outbox_messages");

            migrationBuilder.DropTable(
                name: "publications");

            migrationBuilder.DropTable(
                name: "requests");

            migrationBuilder.DropTable(
                name: "running_numbers");

            migrationBuilder.DropTable(
                name: "warnings");
        }
    }
}
