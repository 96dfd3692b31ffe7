using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace CampaignPlatform.ArchitectureTests;

/// <summary>
/// README.md and docs/ say only what is true of the repository: every repository path they name exists, every script
/// they name is in build/, every test class they name is in the code, every link between them lands on a file and a
/// heading, and the README states the run and test commands — the test command being the one .ci/run runs.
/// </summary>
public sealed partial class DocumentationTests
{
    private const string TestCommand = "./build/test.sh";
    private const string RunCommand = "./build/run.sh";

    private static readonly string Root = RepositoryRoot.Path;

    /// <summary>Folders the build and the host make: a path into one is checked up to the folder that holds it.</summary>
    private static readonly HashSet<string> MadeFolders = ["bin", "obj", "data", "TestResults"];

    /// <summary>Names the docs give a module that the template would make, not one in the repository.</summary>
    private static readonly string[] ExampleNames = ["Awards", "awards", "YourCampaign", "your-campaign"];

    private static readonly Lazy<HashSet<string>> TestClasses = new(FindTestClasses);

    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string> { "README.md" };
        foreach (var file in Directory.GetFiles(Path.Combine(Root, "docs"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(Root, file).Replace('\\', '/'));
        }

        return data;
    }

    [Fact]
    public void There_are_documents_beside_the_readme() => Assert.True(Documents().Count >= 5);

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_repository_path_and_script_a_document_names_exists(string document)
    {
        var missing = new List<string>();
        foreach (var (text, number) in Lines(document))
        {
            foreach (Match match in RepositoryPath().Matches(text))
            {
                var path = match.Value.TrimEnd('.');
                if (CheckablePart(path.StartsWith("./", StringComparison.Ordinal) ? path[2..] : path) is { } part && !Exists(part))
                {
                    missing.Add($"{document}:{number}: {path}");
                }
            }

            foreach (Match match in ScriptName().Matches(text))
            {
                if (!File.Exists(Path.Combine(Root, "build", match.Value)))
                {
                    missing.Add($"{document}:{number}: {match.Value} (not in build/)");
                }
            }
        }

        Assert.True(missing.Count == 0, "Paths named but not in the repository:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_test_class_a_document_names_exists(string document)
    {
        var missing = Lines(document)
            .SelectMany(line => TestClassName().Matches(line.Text).Select(m => (Name: m.Groups[1].Value, line.Number)))
            .Where(t => !ExampleNames.Any(t.Name.Contains) && !TestClasses.Value.Contains(t.Name))
            .Select(t => $"{document}:{t.Number}: {t.Name}")
            .ToList();
        Assert.True(missing.Count == 0, "Test classes named but not in the code:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Every_link_lands_on_a_file_and_a_heading(string document)
    {
        var broken = new List<string>();
        var directory = Path.GetDirectoryName(Path.Combine(Root, document))!;
        foreach (var (text, number) in Lines(document))
        {
            foreach (Match match in LinkTarget().Matches(text))
            {
                var target = match.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.Ordinal))
                {
                    continue;
                }

                var hash = target.IndexOf('#', StringComparison.Ordinal);
                var file = hash < 0 ? target : target[..hash];
                var full = file.Length == 0 ? Path.Combine(Root, document) : Path.GetFullPath(Path.Combine(directory, file));
                if (!File.Exists(full) && !Directory.Exists(full))
                {
                    broken.Add($"{document}:{number}: {target} (no such file)");
                }
                else if (hash >= 0 && full.EndsWith(".md", StringComparison.Ordinal) && !HeadingAnchors(full).Contains(target[(hash + 1)..]))
                {
                    broken.Add($"{document}:{number}: {target} (no such heading)");
                }
            }
        }

        Assert.True(broken.Count == 0, "Links that land nowhere:\n" + string.Join('\n', broken));
    }

    [Fact]
    public void The_readme_states_the_run_and_the_test_command()
    {
        var commands = CommandLines("README.md");
        Assert.Contains(TestCommand, commands);
        Assert.Contains(commands, c => c == RunCommand || c.StartsWith(RunCommand + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Ci_runs_the_test_command_the_readme_states()
    {
        var ci = File.ReadAllLines(Path.Combine(Root, ".ci", "run")).Select(l => l.Trim());
        Assert.Contains(TestCommand, ci);
    }

    /// <summary>
    /// The leading part of a repository path that must exist: up to a folder the build makes, a placeholder
    /// (<c>{id}</c>, <c>…</c>, <c>*</c>) or an example name; null when nothing of it can be checked.
    /// </summary>
    private static string? CheckablePart(string path)
    {
        var kept = new List<string>();
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (MadeFolders.Contains(segment) || segment.IndexOfAny(['{', '}', '…', '*', '$', '<', '>']) >= 0
                || ExampleNames.Any(segment.Contains))
            {
                break;
            }

            kept.Add(segment);
        }

        return kept.Count == 0 ? null : string.Join('/', kept);
    }

    private static bool Exists(string relative)
    {
        var full = Path.Combine(Root, relative);
        return File.Exists(full) || Directory.Exists(full);
    }

    private static IEnumerable<(string Text, int Number)> Lines(string document) =>
        File.ReadAllLines(Path.Combine(Root, document)).Select((text, index) => (text, index + 1));

    /// <summary>The lines of a document's fenced code blocks, trimmed.</summary>
    private static List<string> CommandLines(string document)
    {
        var lines = new List<string>();
        var inBlock = false;
        foreach (var (text, _) in Lines(document))
        {
            if (text.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
            }
            else if (inBlock)
            {
                lines.Add(text.Trim());
            }
        }

        return lines;
    }

    /// <summary>The anchors GitHub makes of a Markdown file's headings (outside code blocks).</summary>
    private static HashSet<string> HeadingAnchors(string file)
    {
        var anchors = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var inBlock = false;
        foreach (var line in File.ReadAllLines(file))
        {
            if (line.TrimStart().StartsWith("```", StringComparison.Ordinal))
            {
                inBlock = !inBlock;
                continue;
            }

            if (inBlock || Heading().Match(line) is not { Success: true } heading)
            {
                continue;
            }

            var slug = Slug(heading.Groups[1].Value);
            var count = seen.GetValueOrDefault(slug);
            seen[slug] = count + 1;
            anchors.Add(count == 0 ? slug : $"{slug}-{count}");
        }

        return anchors;
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.</summary>
    private static string Slug(string heading)
    {
        var slug = new StringBuilder();
        foreach (var c in heading.Trim().ToLowerInvariant())
        {
            if (c == ' ')
            {
                slug.Append('-');
            }
            else if (c is '-' or '_' || char.IsLetterOrDigit(c)
                     || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.ConnectorPunctuation)
            {
                slug.Append(c);
            }
        }

        return slug.ToString();
    }

    private static HashSet<string> FindTestClasses()
    {
        var classes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in new[] { "tests", "modules", "src", "build" })
        {
            foreach (var file in SourceFiles(Path.Combine(Root, folder)))
            {
                foreach (Match match in TestClassDeclaration().Matches(File.ReadAllText(file)))
                {
                    classes.Add(match.Groups[1].Value);
                }
            }
        }

        return classes;
    }

    private static IEnumerable<string> SourceFiles(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder, "*.cs"))
        {
            yield return file;
        }

        foreach (var sub in Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) is not ("bin" or "obj")))
        {
            foreach (var file in SourceFiles(sub))
            {
                yield return file;
            }
        }
    }

    /// <summary>A path from the repository's root: src/…, modules/…, tests/…, build/…, docs/…, .ci/… (also after ./).</summary>
    [GeneratedRegex(@"(?<![\w./-])(?:\./)?(?:src|modules|tests|build|docs|\.ci)/[^\s`'""()<>\[\]|,;:#]*")]
    private static partial Regex RepositoryPath();

    /// <summary>A script named alone, such as <c>postgres.sh</c>: it lives in build/.</summary>
    [GeneratedRegex(@"(?<![\w./-])[\w-]+\.sh\b")]
    private static partial Regex ScriptName();

    [GeneratedRegex(@"`(\w+Tests)`")]
    private static partial Regex TestClassName();

    [GeneratedRegex(@"\bclass\s+(\w+Tests)\b")]
    private static partial Regex TestClassDeclaration();

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex LinkTarget();

    [GeneratedRegex(@"^#{1,6}\s+(.+?)\s*#*\s*$")]
    private static partial Regex Heading();
}
