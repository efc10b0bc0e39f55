import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ConsoleApp } from './console-app';
import './console.css';

dayjs.locale('zh-cn');

// Darker than Ant Design's defaults so that text keeps a 4.5:1 contrast (WCAG AA) on a desk PC's screen.
const theme = {
  token: {
    colorPrimary: '#0b57d0',
    colorPrimaryHover: '#0a4cb8',
    colorPrimaryActive: '#083e96',
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextDescription: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.55)',
    colorError: '#c41d1d',
    colorLink: '#0b57d0',
  },
};

const root = document.getElementById('root');
if (!root) throw new Error('index.html lost its #root element');
createRoot(root).render(
  <StrictMode>
    <ConfigProvider locale={zhCN} theme={theme}>
      <AntApp>
        <ConsoleApp />
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
);
