using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace MspCaseManager.Data.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AllocationHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EnquiryAllocations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    EnquiryId = table.Column<int>(type: "int", nullable: false),
                    Number = table.Column<int>(type: "int", nullable: false),
                    WorkerId = table.Column<string>(type: "nvarchar(450)", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    AllocatedByUserId = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    AllocatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnquiryAllocations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnquiryAllocations_AspNetUsers_AllocatedByUserId",
                        column: x => x.AllocatedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnquiryAllocations_AspNetUsers_WorkerId",
                        column: x => x.WorkerId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_EnquiryAllocations_Enquiries_EnquiryId",
                        column: x => x.EnquiryId,
                        principalTable: "Enquiries",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryAllocations_AllocatedByUserId",
                table: "EnquiryAllocations",
                column: "AllocatedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryAllocations_EnquiryId_Number",
                table: "EnquiryAllocations",
                columns: new[] { "EnquiryId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnquiryAllocations_WorkerId_EnquiryId",
                table: "EnquiryAllocations",
                columns: new[] { "WorkerId", "EnquiryId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EnquiryAllocations");
        }
    }
}
