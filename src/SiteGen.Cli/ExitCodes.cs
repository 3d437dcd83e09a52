namespace SiteGen.Cli;

/// <summary>The process exit codes, documented in the README.</summary>
public static class ExitCodes
{
    public const int Success = 0;
    public const int SourceErrors = 1;
    public const int BadCommandLine = 2;
    public const int InternalError = 3;
}
