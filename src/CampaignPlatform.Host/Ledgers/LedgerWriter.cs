using System.Data;
using System.Globalization;
using CampaignPlatform.Kernel.Ledgers;
using CampaignPlatform.Kernel.Time;
using CsvHelper;
using MiniExcelLibs;

namespace CampaignPlatform.Host.Ledgers;

/// <summary>
/// Writes ledgers for download. CSV is UTF-8 with a byte-order mark, so Excel on an office PC shows the Chinese
/// headers instead of mojibake, and text that starts like a formula is escaped (CSV injection). The spreadsheet
/// keeps numbers as numbers and everything else as text.
/// </summary>
internal sealed class LedgerWriter : ILedgerWriter
{
    private static readonly CsvWriterOptions CsvOptions = new() { WriteByteOrderMark = true, Injection = CsvInjection.Escape };

    public IResult Write(Ledger ledger, LedgerFormat format) => format switch
    {
        LedgerFormat.Xlsx => Results.File(ToXlsx(ledger), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ledger.FileStem + ".xlsx"),
        _ => Results.File(ToCsv(ledger), "text/csv; charset=utf-8", ledger.FileStem + ".csv"),
    };

    public static byte[] ToCsv(Ledger ledger)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, CsvOptions, leaveOpen: true))
        {
            csv.WriteRecord(ledger.Headers.ToArray());
            foreach (var row in ledger.Rows)
            {
                csv.WriteRecord(row.Select(Text).ToArray());
            }
        }

        return stream.ToArray();
    }

    public static byte[] ToXlsx(Ledger ledger)
    {
        using var table = new DataTable(SheetName(ledger.TitleZh)) { Locale = CultureInfo.InvariantCulture };
        var numeric = Enumerable.Range(0, ledger.Headers.Count)
            .Select(c => ledger.Rows.Count > 0 && ledger.Rows.All(r => c < r.Length && r[c] is null or int or long or double or decimal))
            .ToArray();
        for (var c = 0; c < ledger.Headers.Count; c++)
        {
            table.Columns.Add(ledger.Headers[c], numeric[c] ? typeof(double) : typeof(string));
        }

        foreach (var row in ledger.Rows)
        {
            table.Rows.Add(row.Select((cell, c) => numeric[c]
                ? cell is null ? DBNull.Value : Convert.ToDouble(cell, CultureInfo.InvariantCulture)
                : (object)Text(cell)).ToArray());
        }

        using var stream = new MemoryStream();
        stream.SaveAs(table, sheetName: table.TableName);
        return stream.ToArray();
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTimeOffset instant => CityClock.ToCityTime(instant).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        bool flag => flag ? "是" : "否",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Where(ch => ":\\/?*[]".IndexOf(ch) < 0).ToArray());
        return clean.Length == 0 ? "台账" : clean[..Math.Min(31, clean.Length)];
    }
}
