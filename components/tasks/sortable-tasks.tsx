"use client";

import { closestCenter, DndContext, PointerSensor, useSensor, useSensors } from "@dnd-kit/core";
import { SortableContext, useSortable, verticalListSortingStrategy } from "@dnd-kit/sortable";
import type { ReactNode } from "react";
import type { DragBits } from "./board-row";

// The drag code, loaded the first time a pointer comes over a list in manual order (./task-rows.tsx).
// Mouse and touch drag by the handle; the keyboard moves with Alt+↑/↓ (./board-row.tsx), and the
// board's own live region says where a task went, so dnd-kit's announcements stay quiet.

const quiet = { onDragStart: () => undefined, onDragOver: () => undefined, onDragEnd: () => undefined, onDragCancel: () => undefined };

interface Props {
  ids: number[];
  onDrop: (id: number, overId: number) => void;
  children: (id: number, drag: DragBits) => ReactNode;
}

function SortableRow({ id, render }: { id: number; render: Props["children"] }) {
  const { setNodeRef, setActivatorNodeRef, listeners, transform, transition, isDragging } = useSortable({ id });
  return render(id, {
    rowRef: setNodeRef,
    handleRef: setActivatorNodeRef,
    handleListeners: listeners as DragBits["handleListeners"],
    style: { transform: transform ? `translate3d(${transform.x}px, ${transform.y}px, 0)` : undefined, transition },
    dragging: isDragging,
  });
}

export default function SortableTasks({ ids, onDrop, children }: Props) {
  // A small move starts a drag, so a click on the handle stays a click.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      // Its hidden texts go to the body: a <ul> may hold only <li>s.
      accessibility={{ announcements: quiet, screenReaderInstructions: { draggable: "" }, container: document.body }}
      onDragEnd={({ active, over }) => over && active.id !== over.id && onDrop(Number(active.id), Number(over.id))}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        {ids.map((id) => (
          <SortableRow key={id} id={id} render={children} />
        ))}
      </SortableContext>
    </DndContext>
  );
}
