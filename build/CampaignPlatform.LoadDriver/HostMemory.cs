namespace CampaignPlatform.LoadDriver;

/// <summary>
/// The host process's peak resident set (VmHWM in /proc/{pid}/status, Linux), reset before each phase by writing 5 to
/// /proc/{pid}/clear_refs (allowed for the process's owner or root). Without a pid, or elsewhere than Linux, nothing is measured.
/// </summary>
public sealed class HostMemory(int? pid)
{
    public void ResetPeak()
    {
        if (pid is { } id && File.Exists($"/proc/{id}/clear_refs"))
        {
            try
            {
                File.WriteAllText($"/proc/{id}/clear_refs", "5");
            }
            catch (UnauthorizedAccessException)
            {
                // Not ours to reset: the peak then covers the host's whole life, which the report says.
            }
        }
    }

    public long? Peak()
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/status"))
        {
            return null;
        }

        var line = File.ReadLines($"/proc/{id}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
