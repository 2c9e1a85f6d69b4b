import { KeyRound } from "lucide-react";
import { cn } from "@/components/ui/cn";

export function Brand({ inverted = false }: { inverted?: boolean }) {
  return (
    <div className="flex items-center gap-2.5">
      <span className={cn("grid size-8 place-items-center rounded-lg", inverted ? "bg-white/10 text-white" : "bg-accent text-accent-fg")}>
        <KeyRound className="size-4.5" aria-hidden />
      </span>
      <span className={cn("text-[15px] font-semibold tracking-tight", inverted ? "text-white" : "text-fg")}>Keywarden</span>
    </div>
  );
}
