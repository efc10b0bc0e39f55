import { Button, Drawer, Menu } from 'antd';
import { useState } from 'react';
import { navigate } from '../routing';
import type { MenuEntry } from './console-menu';

/**
 * The menu on a phone (a technician's work orders): the side menu is hidden there (console.css), and
 * this button in the header opens the same entries in a drawer that closes once one is chosen.
 */
export function PhoneMenu({ menu, selected }: { menu: readonly MenuEntry[]; selected: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="phone-menu-button" size="large" aria-expanded={open} onClick={() => setOpen(true)}>
        菜单
      </Button>
      <Drawer title="菜单" placement="left" width={240} open={open} onClose={() => setOpen(false)}>
        <nav aria-label="手机菜单">
          <Menu
            mode="inline"
            selectedKeys={[selected]}
            items={menu.map((entry) => ({ key: entry.route, label: entry.label }))}
            onClick={({ key }) => {
              setOpen(false);
              navigate(key);
            }}
          />
        </nav>
      </Drawer>
    </>
  );
}
