using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Supervision.Data.Migrations
{
    /// <inheritdoc />
    public partial class DisclosureOversight : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_deadlines_RaisedDate",
                table: "disclosure_deadlines",
                column: "RaisedDate");

            migrationBuilder.CreateIndex(
                name: "IX_disclosure_replies_RepliedDate",
                table: "disclosure_replies",
                column: "RepliedDate");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "disclosure_deadlines");

            migrationBuilder.DropTable(
                name: "disclosure_replies");
        }
    }
}
