using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Platform.Intake.Data.Migrations
{
    /// <inheritdoc />
    public partial class IdempotencyRequestHash : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ApplicantAccount",
                table: "applications");

            migrationBuilder.AddColumn<string>(
                name: "RequestHash",
                table: "applications",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "RequestHash",
                table: "applications");

            migrationBuilder.AddColumn<string>(
                name: "ApplicantAccount",
                table: "applications",
                type: "text",
                nullable: true);
        }
    }
}
