namespace Platform.Catalogue.Windows;

public enum WindowKind
{
    /// <summary>综合窗口: accepts the matters of several departments (无差别受理).</summary>
    Comprehensive,

    /// <summary>专业窗口: one department's window.</summary>
    Department,
}
