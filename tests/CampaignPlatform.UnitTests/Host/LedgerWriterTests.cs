using System.Text;
using CampaignPlatform.Host.Ledgers;
using CampaignPlatform.Kernel.Ledgers;

namespace CampaignPlatform.UnitTests.Host;

public sealed class LedgerWriterTests
{
    private static readonly Ledger Sample = new("问题整改台账", "ledger", ["编号", "问题描述", "期限", "数量"],
    [
        ["ZG-2026-000001", "=HYPERLINK(\"http://x\")", new DateOnly(2026, 3, 1), 3],
        ["ZG-2026-000002", "垃圾,未清运\n第二行", null, 4.5m],
    ]);

    [Fact]
    public void Csv_has_a_bom_chinese_headers_and_escapes_formulas()
    {
        var bytes = LedgerWriter.ToCsv(Sample);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("编号,问题描述,期限,数量", text);
        Assert.DoesNotContain(",=HYPERLINK", text);
        Assert.Contains("2026-03-01", text);
        Assert.Contains("\"垃圾,未清运\n第二行\"", text);
    }

    [Fact]
    public void Xlsx_reads_back_with_the_same_headers_and_rows()
    {
        using var stream = new MemoryStream(LedgerWriter.ToXlsx(Sample));
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal("ZG-2026-000001", rows[0]["编号"]);
        Assert.Equal("=HYPERLINK(\"http://x\")", rows[0]["问题描述"]?.ToString());
        Assert.Equal(3d, Convert.ToDouble(rows[0]["数量"], System.Globalization.CultureInfo.InvariantCulture));
    }
}
