// Text assets the workbench inlines (webpack `asset/source`): Glide's stylesheets and the sample CSV.
declare module "*.css" {
  const text: string;
  export default text;
}
declare module "*.csv" {
  const text: string;
  export default text;
}
