using Microsoft.AspNetCore.Http;

namespace CampaignPlatform.Kernel.Ledgers;

public enum LedgerFormat
{
    Csv,
    Xlsx,
}

/// <summary>
/// A ledger (台账) as inspectors ask for it: a title, Chinese column headers and rows. Modules build it;
/// the host writes it as CSV or a spreadsheet.
/// </summary>
/// <param name="TitleZh">Sheet title, e.g. 问题整改台账.</param>
/// <param name="FileStem">File name without extension, e.g. rectification-2026-Q1.</param>
/// <param name="Headers">Column headers in Chinese.</param>
/// <param name="Rows">One array of cell values per row, in header order (strings, numbers, dates, booleans or null).</param>
public sealed record Ledger(string TitleZh, string FileStem, IReadOnlyList<string> Headers, IReadOnlyList<object?[]> Rows);

/// <summary>Writes a ledger as a download. Implemented by the host.</summary>
public interface ILedgerWriter
{
    IResult Write(Ledger ledger, LedgerFormat format);
}

public static class LedgerFormats
{
    /// <summary>Reads <c>format=csv|xlsx</c> (any case; default csv); anything else is a 400 on the field <c>format</c>.</summary>
    public static LedgerFormat Parse(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "csv" => LedgerFormat.Csv,
        "xlsx" => LedgerFormat.Xlsx,
        _ => throw new FluentValidation.ValidationException(
            [new FluentValidation.Results.ValidationFailure("format", "格式只能是 csv 或 xlsx。format must be csv or xlsx.")]),
    };
}
