using CsvHelper;

namespace Community.Web.Products;

/// <summary>
/// Reads an order export (CSV, any separator). With a header naming an email or member-id column, those
/// columns are read; without one, only cells that are email addresses. Order numbers, prices and names
/// are never taken for member ids.
/// </summary>
public static class OwnerCsv
{
    public const int MaxBytes = 1024 * 1024;

    private static readonly string[] EmailHeaders = ["email", "e-mail", "mail", "이메일"];
    private static readonly string[] MemberHeaders = ["member", "member id", "member_id", "memberid", "회원번호", "회원 번호"];

    public static async Task<string?> EntriesAsync(IFormFile? file, CancellationToken ct)
    {
        if (file is not { Length: > 0 }) return null;
        if (file.Length > MaxBytes) throw new Community.Core.DomainException("OwnerFileTooLarge", MaxBytes / 1024);
        using var reader = new StreamReader(file.OpenReadStream());
        var text = await reader.ReadToEndAsync(ct);
        using var csv = CsvReader.FromText(text, new CsvReaderOptions { HasHeader = false, DetectSeparatorHint = true });
        var entries = new List<string>();
        int[]? columns = null;
        var first = true;
        while (csv.Read())
        {
            var cells = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToList();
            if (first)
            {
                first = false;
                columns = cells.Select((cell, i) => (cell.ToLowerInvariant(), i))
                    .Where(c => EmailHeaders.Contains(c.Item1) || MemberHeaders.Contains(c.Item1)).Select(c => c.i).ToArray();
                if (columns.Length > 0) continue;
                columns = null;
            }
            entries.AddRange(columns is null
                ? cells.Where(c => c.Contains('@'))
                : columns.Where(i => i < cells.Count && cells[i].Length > 0).Select(i => cells[i]));
        }
        return string.Join('\n', entries);
    }
}
