using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Supervision.Data.Migrations
{
    /// <inheritdoc />
    public partial class WarningOncePerCaseAndLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_warnings_CaseNo_Level",
                table: "warnings");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_CaseNo_Level",
                table: "warnings",
                columns: new[] { "CaseNo", "Level" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_warnings_CaseNo_Level",
                table: "warnings");

            migrationBuilder.CreateIndex(
                name: "IX_warnings_CaseNo_Level",
                table: "warnings",
                columns: new[] { "CaseNo", "Level" });
        }
    }
}
