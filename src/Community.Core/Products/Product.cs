namespace Community.Core.Products;

public class Product
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string Slug { get; set; } = "";
    public string Description { get; set; } = "";
    public string Category { get; set; } = "";

    /// <summary>The product photo (an upload re-encoded by us), if the brand team added one.</summary>
    public Guid? ImageId { get; set; }
}
