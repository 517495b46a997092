namespace Community.Core.Products;

public class Product
{
    public int Id { get; internal set; }
    public string Name { get; internal set; } = "";
    public string Slug { get; internal set; } = "";
    public string Description { get; internal set; } = "";
    public string Category { get; internal set; } = "";

    /// <summary>The product photo (an upload re-encoded by us), if the brand team added one.</summary>
    public Guid? ImageId { get; internal set; }
}
