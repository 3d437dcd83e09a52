namespace SiteGen.Diagnostics;

/// <summary>
/// The catalog: every diagnostic SiteGen can report, defined once. Ids are stable; docs/diagnostics.md
/// documents each one (a test keeps the two in step).
/// </summary>
public static class DiagnosticDescriptors
{
    private const string Project = "Project";
    private const string Syntax = "Syntax";
    private const string Links = "Links";
    private const string Html = "Html";
    private const string Data = "Data";
    private const string Questions = "Questions";
    private const string Theme = "Theme";
    private const string Output = "Output";
    private const string Examples = "Examples";

    // SG10xx: the project file guide.yml and the folders.
    public static readonly DiagnosticDescriptor SourceFolderMissing = new(
        "SG1001", "Source folder not found", "The source folder '{0}' does not exist or has no guide.yml",
        Project, DiagnosticSeverity.Error, "Run sitegen from the repository root, or pass --source with the folder that holds guide.yml.");

    public static readonly DiagnosticDescriptor ProjectYamlSyntax = new(
        "SG1002", "guide.yml is not valid YAML", "guide.yml is not valid YAML: {0}",
        Project, DiagnosticSeverity.Error, "Fix the YAML syntax at the reported position (indentation, quotes, colons).");

    public static readonly DiagnosticDescriptor ProjectUnknownKey = new(
        "SG1003", "Unknown key in guide.yml", "Unknown key '{0}' in {1}; expected one of: {2}",
        Project, DiagnosticSeverity.Error, "Remove the key or correct its spelling.");

    public static readonly DiagnosticDescriptor ProjectInvalidValue = new(
        "SG1004", "Invalid value in guide.yml", "{0}",
        Project, DiagnosticSeverity.Error, "Give the key a value of the expected form.");

    public static readonly DiagnosticDescriptor ChapterFileMissing = new(
        "SG1005", "Chapter listed in guide.yml has no file", "guide.yml lists chapter '{0}', but there is no file chapters/{0}",
        Project, DiagnosticSeverity.Error, "Create the chapter file, or correct or remove the entry in guide.yml.");

    public static readonly DiagnosticDescriptor ChapterListedTwice = new(
        "SG1006", "Chapter listed twice", "Chapter '{0}' is listed more than once in guide.yml",
        Project, DiagnosticSeverity.Error, "List each chapter exactly once in the table of contents.");

    public static readonly DiagnosticDescriptor ChapterNotListed = new(
        "SG1007", "Chapter not in the table of contents", "Chapter '{0}' is not listed in guide.yml and is not built",
        Project, DiagnosticSeverity.Warning, "Add the chapter to a part in guide.yml, or delete the file.");

    public static readonly DiagnosticDescriptor ThemeFolderMissing = new(
        "SG1008", "Theme folder not found", "The theme folder '{0}' does not exist or has no layouts/ folder",
        Project, DiagnosticSeverity.Error, "Pass --theme with a folder that holds layouts/*.cshtml.");

    // SG1009-SG1019: reading source files safely (containment, loops, size, encoding).
    public static readonly DiagnosticDescriptor SourceOutsideRoot = new(
        "SG1009", "Link to a file outside the source folder", "'{0}' is a link to '{1}', outside the {2} folder; it is skipped",
        Project, DiagnosticSeverity.Warning, "Replace the link with a copy of the file inside the folder; SiteGen never reads or publishes files from outside it.");

    public static readonly DiagnosticDescriptor SourceLinkLoop = new(
        "SG1010", "Symbolic link loop", "'{0}' is a symbolic link that leads back to itself; it is skipped",
        Project, DiagnosticSeverity.Warning, "Remove the link or point it at a real file or folder.");

    public static readonly DiagnosticDescriptor SourceFolderVisitedTwice = new(
        "SG1011", "Folder reached twice", "'{0}' leads to the folder '{1}', which is already read; it is skipped",
        Project, DiagnosticSeverity.Warning, "Remove the folder link; each folder is read once, at its own place.");

    public static readonly DiagnosticDescriptor SourceLinkBroken = new(
        "SG1012", "Broken symbolic link", "'{0}' is a symbolic link to '{1}', which does not exist; it is skipped",
        Project, DiagnosticSeverity.Warning, "Remove the link or point it at a file inside the folder.");

    public static readonly DiagnosticDescriptor SourceFileLarge = new(
        "SG1013", "Source file above the size limit", "The file is {0:N0} bytes, above limits.max_file_bytes ({1:N0} bytes)",
        Project, DiagnosticSeverity.Warning, "Split the file into smaller chapters, or raise limits.max_file_bytes in guide.yml.");

    public static readonly DiagnosticDescriptor SourceFileTooLarge = new(
        "SG1014", "Source file above the hard size limit", "The file is {0:N0} bytes, above the hard limit of {1:N0} bytes; it is not read",
        Project, DiagnosticSeverity.Error, "Split the file; no source file may be larger than the hard limit.");

    public static readonly DiagnosticDescriptor SourceInvalidUtf8 = new(
        "SG1015", "File is not valid UTF-8", "The file is not valid UTF-8 here (byte 0x{0:X2}); invalid bytes are shown as U+FFFD",
        Project, DiagnosticSeverity.Warning, "Save the file as UTF-8.");

    public static readonly DiagnosticDescriptor SourceNulCharacter = new(
        "SG1016", "NUL character in a file", "The file holds a NUL character here; it is shown as U+FFFD",
        Project, DiagnosticSeverity.Warning, "Remove the NUL character; text files never need one.");

    public static readonly DiagnosticDescriptor SourceUnreadable = new(
        "SG1017", "Source file cannot be read", "'{0}' cannot be read: {1}",
        Project, DiagnosticSeverity.Error, "Check the file's permissions, or remove it from the folder.");

    // SG11xx: parsing a chapter.
    public static readonly DiagnosticDescriptor FrontMatterMissing = new(
        "SG1101", "Chapter has no front matter", "The chapter has no YAML front matter; it must start with '---', a title, and '---'",
        Syntax, DiagnosticSeverity.Error, "Start the file with a front matter block: ---, title: ..., ---.");

    public static readonly DiagnosticDescriptor FrontMatterYamlSyntax = new(
        "SG1102", "Front matter is not valid YAML", "Front matter is not valid YAML: {0}",
        Syntax, DiagnosticSeverity.Error, "Fix the YAML syntax at the reported position.");

    public static readonly DiagnosticDescriptor FrontMatterUnknownKey = new(
        "SG1103", "Unknown front matter key", "Unknown front matter key '{0}'; expected one of: {1}",
        Syntax, DiagnosticSeverity.Warning, "Remove the key or correct its spelling. A guide migrated from another generator builds with this warning; raise it to an error in guide.yml's diagnostics: if you want.");

    public static readonly DiagnosticDescriptor FrontMatterTitleMissing = new(
        "SG1104", "Chapter has no title", "The front matter has no 'title'",
        Syntax, DiagnosticSeverity.Error, "Add 'title: ...' to the front matter.");

    public static readonly DiagnosticDescriptor FrontMatterInvalidValue = new(
        "SG1105", "Invalid front matter value", "{0}",
        Syntax, DiagnosticSeverity.Error, "Give the key a value of the expected form.");

    public static readonly DiagnosticDescriptor HeadingLevelOne = new(
        "SG1106", "Level-one heading in a chapter", "A chapter must not contain a level-one heading; the front matter title is the page's only h1",
        Syntax, DiagnosticSeverity.Warning, "Use ## for sections; the title comes from the front matter.");

    // SG1107-SG1119: YAML features SiteGen refuses or reads with a warning (front matter, guide.yml, the dataset).
    public static readonly DiagnosticDescriptor YamlTag = new(
        "SG1107", "YAML tag", "The YAML tag '{0}' is not allowed; SiteGen reads plain values only",
        Syntax, DiagnosticSeverity.Error, "Remove the tag and write the value itself, quoted if needed.");

    public static readonly DiagnosticDescriptor YamlAnchorOrAlias = new(
        "SG1108", "YAML anchor or alias", "The YAML {0} '{1}' is not allowed; write each value where it is used",
        Syntax, DiagnosticSeverity.Error, "Remove the &anchor and replace each *alias with a copy of the value.");

    public static readonly DiagnosticDescriptor YamlSingleValueForList = new(
        "SG1109", "Single value where a list is expected", "'{0}' is a list; the single value '{1}' is read as a one-item list",
        Syntax, DiagnosticSeverity.Warning, "Write the list form: [value] or '- value' on its own line.");

    public static readonly DiagnosticDescriptor YamlTabIndentation = new(
        "SG1110", "Tab in YAML indentation", "YAML indentation must use spaces; this line is indented with a tab",
        Syntax, DiagnosticSeverity.Error, "Replace the tab with spaces.");

    public static readonly DiagnosticDescriptor YamlNestingTooDeep = new(
        "SG1111", "YAML nested too deeply", "The YAML is nested {0} levels deep here; the limit is {1}",
        Syntax, DiagnosticSeverity.Error, "Flatten the structure; SiteGen's YAML files need only a few levels.");

    // SG12xx: links and cross-references.
    public static readonly DiagnosticDescriptor LinkTargetMissing = new(
        "SG1201", "Link to a missing file", "The link target '{0}' does not exist",
        Links, DiagnosticSeverity.Error, "Correct the path; chapters link to each other as other-chapter.md or other-chapter.md#anchor.");

    public static readonly DiagnosticDescriptor LinkAnchorMissing = new(
        "SG1202", "Link to a missing anchor", "'{0}' has no heading with the id '{1}'",
        Links, DiagnosticSeverity.Error, "Use the id of an existing heading (lowercase, hyphens for spaces, punctuation removed).");

    public static readonly DiagnosticDescriptor LinkToUnlistedChapter = new(
        "SG1203", "Link to a chapter that is not built", "The link target '{0}' is not listed in guide.yml, so it has no page",
        Links, DiagnosticSeverity.Error, "Add the chapter to guide.yml or link to a listed chapter.");

    public static readonly DiagnosticDescriptor LinkToUnpublishedFile = new(
        "SG1204", "Link to a file that is not published", "The link target '{0}' is not a chapter or a file under assets/, so it is not published",
        Links, DiagnosticSeverity.Error, "Move the file under guide/assets/ or link to its published location.");

    public static readonly DiagnosticDescriptor LinkOutsideSource = new(
        "SG1205", "Link outside the guide", "The link target '{0}' points outside the guide folder",
        Links, DiagnosticSeverity.Error, "Link only to chapters and assets inside the guide folder, or use an absolute https:// URL.");

    public static readonly DiagnosticDescriptor LinkUnsafeScheme = new(
        "SG1206", "Link with an unsafe scheme", "The link '{0}' uses the scheme '{1}:', which is not allowed; the link was removed",
        Links, DiagnosticSeverity.Warning, "Use http:, https: or mailto: links, or a relative link to a chapter or asset.");

    public static readonly DiagnosticDescriptor LinkRootRelative = new(
        "SG1207", "Root-relative link", "The link '{0}' starts with '/', which breaks when the site is served under a base path or opened from disk",
        Links, DiagnosticSeverity.Warning, "Link to the chapter's file instead, e.g. other-chapter.md#anchor.");

    // SG13xx: raw HTML from contributors.
    public static readonly DiagnosticDescriptor UnsafeHtmlRemoved = new(
        "SG1301", "Unsafe HTML removed", "Raw HTML {0} was removed because it could run script or load unsafe content",
        Html, DiagnosticSeverity.Warning, "Remove the element or attribute; use markdown, or plain HTML without scripts, event handlers or javascript: URLs.");

    // SG14xx: the comparison dataset (guide/data/comparison.yaml) and comparison blocks in chapters.
    public static readonly DiagnosticDescriptor DatasetYamlSyntax = new(
        "SG1401", "Comparison dataset is not valid YAML", "The comparison dataset is not valid YAML: {0}",
        Data, DiagnosticSeverity.Error, "Fix the YAML syntax at the reported position.");

    public static readonly DiagnosticDescriptor DatasetUnknownKey = new(
        "SG1402", "Unknown key in the comparison dataset", "Unknown key '{0}' in {1}; expected one of: {2}",
        Data, DiagnosticSeverity.Error, "Remove the key or correct its spelling (see docs/comparison-data.md).");

    public static readonly DiagnosticDescriptor DatasetInvalidValue = new(
        "SG1403", "Missing or invalid value in the comparison dataset", "{0}",
        Data, DiagnosticSeverity.Error, "Give the key a value of the form docs/comparison-data.md describes.");

    public static readonly DiagnosticDescriptor DatasetDuplicateId = new(
        "SG1404", "Duplicate id in the comparison dataset", "The {0} id '{1}' is already used at line {2}",
        Data, DiagnosticSeverity.Error, "Give each framework, category and dimension its own id.");

    public static readonly DiagnosticDescriptor DatasetMissingValue = new(
        "SG1405", "Dimension lacks a value for a framework", "Dimension '{0}' has no value for framework '{1}'",
        Data, DiagnosticSeverity.Error, "Add a value (verdict, and optionally a note) for every framework.");

    public static readonly DiagnosticDescriptor DatasetUnknownFramework = new(
        "SG1406", "Unknown framework id", "'{0}' is not a framework of the dataset; expected one of: {1}",
        Data, DiagnosticSeverity.Error, "Use an id listed under 'frameworks'.");

    public static readonly DiagnosticDescriptor DatasetUnknownCategory = new(
        "SG1407", "Unknown category id", "'{0}' is not a category of the dataset; expected one of: {1}",
        Data, DiagnosticSeverity.Error, "Use an id listed under 'categories'.");

    public static readonly DiagnosticDescriptor DatasetRawHtml = new(
        "SG1408", "Raw HTML in dataset text", "The text contains raw HTML ({0}); it is shown as text, not rendered",
        Data, DiagnosticSeverity.Warning, "Use markdown (**bold**, `code`) instead of HTML tags.");

    public static readonly DiagnosticDescriptor DatasetSeeTargetMissing = new(
        "SG1409", "Reference to a missing chapter section", "'see' target '{0}': {1}",
        Data, DiagnosticSeverity.Error, "Point 'see' at chapter.md#heading-id of a chapter listed in guide.yml.");

    public static readonly DiagnosticDescriptor DatasetNoSources = new(
        "SG1410", "Dimension cites no source", "Dimension '{0}' lists no official documentation under 'sources'",
        Data, DiagnosticSeverity.Warning, "Add at least one https:// link to the official documentation it relies on.");

    public static readonly DiagnosticDescriptor ComparisonBlockInvalid = new(
        "SG1411", "Invalid comparison block", "{0}",
        Data, DiagnosticSeverity.Error, "A comparison block holds YAML with 'dimensions: [ids]' or 'category: id', and optionally 'frameworks: [ids]'.");

    public static readonly DiagnosticDescriptor ComparisonBlockUnknownId = new(
        "SG1412", "Unknown id in a comparison block", "'{0}' is not a {1} of the comparison dataset",
        Data, DiagnosticSeverity.Error, "Use an id from guide/data/comparison.yaml.");

    public static readonly DiagnosticDescriptor ComparisonDatasetMissing = new(
        "SG1413", "Comparison block without a dataset", "This chapter embeds a comparison, but the guide has no data/comparison.yaml",
        Data, DiagnosticSeverity.Error, "Add guide/data/comparison.yaml, or remove the block.");

    // SG15xx: interview question blocks.
    public static readonly DiagnosticDescriptor QuestionIdMissing = new(
        "SG1501", "Question without an id", "The question has no id; write it as ::: question {{#topic-short-name difficulty=... framework=...}}",
        Questions, DiagnosticSeverity.Error, "Give every question an id that is unique across the guide.");

    public static readonly DiagnosticDescriptor QuestionIdDuplicate = new(
        "SG1502", "Duplicate question id", "The question id '{0}' is already used at {1}",
        Questions, DiagnosticSeverity.Error, "Question ids are unique across the whole guide (they key readers' practice progress); rename one.");

    public static readonly DiagnosticDescriptor QuestionDifficultyInvalid = new(
        "SG1503", "Unknown or missing difficulty", "The question's difficulty '{0}' is not one of: junior, mid, senior",
        Questions, DiagnosticSeverity.Error, "Write difficulty=junior, difficulty=mid or difficulty=senior.");

    public static readonly DiagnosticDescriptor QuestionFrameworkInvalid = new(
        "SG1504", "Unknown or missing framework", "The question's framework '{0}' is not one of: flask, django, both",
        Questions, DiagnosticSeverity.Error, "Write framework=flask, framework=django or framework=both.");

    public static readonly DiagnosticDescriptor QuestionWithoutAnswer = new(
        "SG1505", "Question without an answer", "The question '{0}' has no answer: write the answer after a line with only ***",
        Questions, DiagnosticSeverity.Error, "Separate the question from its answer with a line containing only ***.");

    public static readonly DiagnosticDescriptor QuestionEmpty = new(
        "SG1506", "Empty question", "The question '{0}' has no question text before its ***",
        Questions, DiagnosticSeverity.Error, "Write the question on the lines after ::: question {...}.");

    public static readonly DiagnosticDescriptor QuestionAttributeInvalid = new(
        "SG1507", "Invalid question attribute", "{0}",
        Questions, DiagnosticSeverity.Error, "Use {#id difficulty=junior|mid|senior framework=flask|django|both}.");

    public static readonly DiagnosticDescriptor ContainerUnknown = new(
        "SG1508", "Unknown ::: block", "'::: {0}' is not a known block; the only one is '::: question'",
        Questions, DiagnosticSeverity.Error, "Use ::: question, or a blockquote alert such as > [!NOTE].");

    // SG16xx: markdown that would be lost silently or that exceeds the parser's limits.
    public static readonly DiagnosticDescriptor MarkdownNestingTooDeep = new(
        "SG1601", "Markdown nested too deeply", "Markdown is nested {0} levels deep here (block quotes, lists, emphasis); the limit is {1}, so the nesting is not built",
        Syntax, DiagnosticSeverity.Error, "Flatten the nesting; a reader cannot follow more than a few levels.");

    public static readonly DiagnosticDescriptor MarkdownTooManyDelimiters = new(
        "SG1602", "Too many emphasis or link delimiters", "This paragraph has {0:N0} runs of emphasis and link delimiters; the limit is {1:N0}, so it is not built",
        Syntax, DiagnosticSeverity.Error, "Split the paragraph, or put literal *, _, [ and ` characters in a code block.");

    public static readonly DiagnosticDescriptor MarkdownTooManyDelimitersInFile = new(
        "SG1605", "Too many emphasis or link delimiters in one chapter", "The chapter has more than {0:N0} runs of emphasis and link delimiters; from this paragraph on it is not built",
        Syntax, DiagnosticSeverity.Error, "Split the chapter into several files.");

    public static readonly DiagnosticDescriptor RawHtmlTooLarge = new(
        "SG1606", "Too much raw HTML", "The chapter's raw HTML has more than {0:N0} tags; this and the later raw HTML is removed",
        Html, DiagnosticSeverity.Error, "Write the content in markdown; raw HTML is for the odd element markdown cannot express.");

    public static readonly DiagnosticDescriptor UnclosedHtmlComment = new(
        "SG1603", "Unclosed HTML comment", "This HTML comment is never closed with '-->'; it hides everything after it to the end of its block",
        Syntax, DiagnosticSeverity.Warning, "Close the comment with --> on the line where it should end.");

    public static readonly DiagnosticDescriptor UnclosedCodeFence = new(
        "SG1604", "Unclosed code fence", "This code fence ({0}) is never closed; everything after it to the end of its block is shown as code",
        Syntax, DiagnosticSeverity.Warning, "Close the fence with a line of the same fence characters.");

    // SG9xxx: theme and output.
    public static readonly DiagnosticDescriptor ThemeLayoutMissing = new(
        "SG9001", "Theme layout missing", "The theme has no layout '{0}'",
        Theme, DiagnosticSeverity.Error, "Add the layout to theme/layouts/, or use the default theme.");

    public static readonly DiagnosticDescriptor ThemeCompilationFailed = new(
        "SG9002", "Theme template does not compile", "Template '{0}' does not compile: {1}",
        Theme, DiagnosticSeverity.Error, "Fix the Razor syntax or C# expression at the reported position.");

    public static readonly DiagnosticDescriptor ThemeRenderFailed = new(
        "SG9003", "Theme template failed while rendering", "Template '{0}' failed while rendering '{1}': {2}",
        Theme, DiagnosticSeverity.Error, "Check the template's use of the view model; run with --verbose for details.");

    public static readonly DiagnosticDescriptor OutputFolderRefused = new(
        "SG9101", "Output folder refused", "Refusing to write to '{0}': {1}",
        Output, DiagnosticSeverity.Error, "Choose an output folder of its own, such as _site, outside guide/ and theme/.");

    public static readonly DiagnosticDescriptor OutputWriteFailed = new(
        "SG9102", "Could not write the output", "Could not write the site to '{0}': {1}",
        Output, DiagnosticSeverity.Error, "Check that the folder is writable and not open in another program; the previous site is unchanged.");

    // SG92xx: running the guide's examples (`sitegen test`, docs/examples-testing.md).
    public static readonly DiagnosticDescriptor ExampleFailed = new(
        "SG9201", "Example failed", "The example exited with code {0}: {1} (output: {2})",
        Examples, DiagnosticSeverity.Error, "Fix the example (or the prelude of its group) until it runs; the output file holds everything it printed.");

    public static readonly DiagnosticDescriptor ExampleTimedOut = new(
        "SG9202", "Example timed out", "The example ran longer than {0} s and was stopped (output: {1})",
        Examples, DiagnosticSeverity.Error, "Make the example finish (no servers left running, no input awaited), or raise its timeout with timeout=SECONDS.");

    public static readonly DiagnosticDescriptor ExampleOutputDiffers = new(
        "SG9203", "Example printed something else", "The example's output differs at line {0}: expected '{1}', got '{2}'",
        Examples, DiagnosticSeverity.Error, "Correct the example or its '# ->' comments or output block so that they agree.");

    public static readonly DiagnosticDescriptor ExampleUnknownGroup = new(
        "SG9204", "Unknown test group", "'test={0}' names no group under 'tests' in guide.yml (known: {1})",
        Examples, DiagnosticSeverity.Error, "Use a group that guide.yml defines, or add the group under 'tests'.");

    public static readonly DiagnosticDescriptor ExampleUndecided = new(
        "SG9205", "Example without a test decision", "This {0} block does not say whether it runs: add {{test=GROUP}} or {{test=skip reason=\"...\"}} after the language",
        Examples, DiagnosticSeverity.Warning, "Mark the block {test=GROUP} to run it, or {test=skip reason=\"...\"} to say why it cannot run.");

    public static readonly DiagnosticDescriptor ExampleInvalidAttributes = new(
        "SG9206", "Invalid test attributes", "Invalid test attributes: {0}",
        Examples, DiagnosticSeverity.Error, "Write the attributes as {test=GROUP timeout=SECONDS} or {test=skip reason=\"...\"}.");

    public static readonly DiagnosticDescriptor TestCommandMissing = new(
        "SG9207", "Test command not found", "The command '{0}' of test group '{1}' was not found{2}",
        Examples, DiagnosticSeverity.Error, "Install the program, or run the group's setup step, then run sitegen test again.");

    public static readonly DiagnosticDescriptor ExampleOutputGivenTwice = new(
        "SG9208", "Expected output given twice", "The block states its expected output both in '# ->' comments and in an output block",
        Examples, DiagnosticSeverity.Error, "Keep one of the two: '# ->' comments for short results, an output block for longer ones.");

    /// <summary>Every descriptor, in id order, for documentation, SARIF rules and configuration checks.</summary>
    public static IReadOnlyList<DiagnosticDescriptor> All { get; } =
        typeof(DiagnosticDescriptors)
            .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ToArray();
}
