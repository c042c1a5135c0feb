// A reconciled figure: the lowest and highest any source gives, and the best estimate (DOM-free, so
// the helpers that use it are unit-tested from test/).
export interface Range {
  min: number | null;
  best: number | null;
  max: number | null;
}
